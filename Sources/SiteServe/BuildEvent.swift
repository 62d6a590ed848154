/// What `broadsheet serve` tells open pages after each build, as a Server-Sent Event.
///
/// ```swift
/// BuildEvent.built("3").eventText    // "event: build\ndata: 3\n\n": pages of another build reload
/// BuildEvent.failed("site.yml:4: …")  // "event: failed\ndata: site.yml:4: …\n\n": an overlay
/// ```
public enum BuildEvent: Sendable, Equatable {
    /// A build finished and its output is being served; `id` names it (pages carry the id
    /// they were served with, and reload when it differs).
    case built(String)
    /// A build failed with `message` (the terminal's text); the last good output stays.
    case failed(String)

    /// The event in the `text/event-stream` format: a name, the data one `data:` line per
    /// line of text (a browser joins them with line feeds), and an empty line.
    public var eventText: String {
        switch self {
        case .built(let id): return Self.event("build", id)
        case .failed(let message): return Self.event("failed", message)
        }
    }

    private static func event(_ name: String, _ data: String) -> String {
        let lines = data.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return "event: \(name)\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
    }
}
