import ArticleModel
import Foundation

/// The addresses one request has visited, followed one redirect at a time: each `Location`
/// must be an http(s) address, none may be visited twice, and at most `limit` are followed.
struct RedirectChain {
    /// The address to request next.
    private(set) var current: URL
    private var visited: Set<String>
    private var followed = 0
    private let limit: Int

    /// The chain starting at `address`, or why it cannot start.
    static func start(_ address: String, limit: Int) -> Result<RedirectChain, FetchFailure> {
        guard address.isWebAddress, let url = webURL(address) else { return .failure(.notWeb(address)) }
        return .success(RedirectChain(current: url, visited: [key(url)], limit: limit))
    }

    /// Moves to the redirect's `location` (relative to the current address), or says why not.
    mutating func follow(_ location: String?, status: Int) -> FetchFailure? {
        guard let location, !location.isEmpty else { return .redirectWithoutLocation(status) }
        guard let next = URL(string: location, relativeTo: current)?.absoluteURL ?? RedirectChain.webURL(location),
              next.absoluteString.isWebAddress else { return .notWeb(location) }
        guard visited.insert(RedirectChain.key(next)).inserted else { return .redirectLoop(next.absoluteString) }
        followed += 1
        guard followed <= limit else { return .tooManyRedirects(limit) }
        current = next
        return nil
    }

    /// The host requests are counted against, for politeness (lowercased).
    var host: String { current.host?.lowercased() ?? "" }

    /// A URL for an address as written in a page: spaces and other characters a browser would
    /// escape are escaped first when Foundation refuses it as it is.
    static func webURL(_ address: String) -> URL? {
        if let url = URL(string: address) { return url }
        var allowed = CharacterSet.urlFragmentAllowed
        allowed.insert(charactersIn: "#%[]")
        return address.addingPercentEncoding(withAllowedCharacters: allowed).flatMap(URL.init(string:))
    }

    /// The address without its fragment: the same resource, whatever the fragment.
    private static func key(_ url: URL) -> String {
        let text = url.absoluteString
        return text.firstIndex(of: "#").map { String(text[..<$0]) } ?? text
    }
}
