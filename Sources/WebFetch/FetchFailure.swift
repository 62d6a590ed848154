import ArticleModel

/// Why an address could not be downloaded, in words a reader understands.
public enum FetchFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The address (or a redirect's `Location`) is not an http or https address.
    case notWeb(String)
    /// Connecting, or waiting for the next bytes, took longer than this many seconds.
    case timedOut(Double)
    /// The whole response took longer than this many seconds.
    case transferTimedOut(Double)
    /// More redirects than this many.
    case tooManyRedirects(Int)
    /// A redirect led back to an address already visited.
    case redirectLoop(String)
    /// A redirect status without a `Location` header.
    case redirectWithoutLocation(Int)
    /// The body is bigger than the per-file limit.
    case tooLarge(ByteSize)
    /// The run reached its total download limit.
    case totalLimitReached(ByteSize)
    /// The server answered with this status (not 2xx, 304 or a redirect).
    case httpStatus(Int)
    /// The network failed: no such host, connection refused, TLS, …
    case network(String)

    /// The reason as shown in the summary: `timed out after 20 s`, `HTTP 404`.
    public var description: String {
        switch self {
        case .notWeb(let address): "not http/https: \(address.prefix(100))"
        case .timedOut(let seconds): "timed out after \(FetchFailure.seconds(seconds))"
        case .transferTimedOut(let seconds): "took longer than \(FetchFailure.seconds(seconds)) in all"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .redirectLoop(let address): "redirect loop (back to \(address.prefix(100)))"
        case .redirectWithoutLocation(let status): "HTTP \(status) redirect without a Location"
        case .tooLarge(let limit): "over the \(limit) limit"
        case .totalLimitReached(let limit): "the \(limit) limit for the whole run was reached"
        case .httpStatus(let status): "HTTP \(status)"
        case .network(let message): message
        }
    }

    /// `20 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
