/// The route tables of the test server, by name, so the server process can be told which to
/// answer with.
enum ServedRoutes: String, Sendable {
    /// ``FetcherTests/route(_:_:)``.
    case fetcher
    /// ``FetchSiteTests/route(_:_:)``.
    case site

    /// The answer to a request for `path`; nil is a 404.
    func answer(_ path: String, _ request: ServedRequest) -> ServedAnswer? {
        switch self {
        case .fetcher: FetcherTests.route(path, request)
        case .site: FetchSiteTests.route(path, request)
        }
    }
}
