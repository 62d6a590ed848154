/// What became of one ``WebRequest``.
public struct WebResult: Hashable, Sendable {
    /// The request, as given.
    public var request: WebRequest
    /// The kept response (2xx or 304), or why there is none.
    public var outcome: Result<WebResponse, FetchFailure>

    /// Creates a result.
    public init(request: WebRequest, outcome: Result<WebResponse, FetchFailure>) {
        self.request = request
        self.outcome = outcome
    }
}
