/// The path of a request, taken apart into the names of the folders and file it asks for,
/// or refused: the server never looks for a file outside its folder, so anything that could
/// climb out or mean something else on disk is turned away before the disk is asked.
///
/// ```swift
/// RequestPath("/2024/tide-tables.html")  // .wanted(["2024", "tide-tables.html"], folder: false)
/// RequestPath("/tags/")                  // .wanted(["tags"], folder: true)
/// RequestPath("/%2e%2e/etc/passwd")      // .refused("a .. or . segment")
/// ```
enum RequestPath: Equatable {
    /// The names below the served folder, each percent-decoded; `folder` when the path ends
    /// in `/` (or is `/`), so its `index.html` is meant.
    case wanted([String], folder: Bool)
    /// Not a path the server answers (403), and why.
    case refused(String)

    /// Parses the raw, still percent-encoded path of a request line (no query).
    init(_ raw: String) {
        guard raw.hasPrefix("/") else { self = .refused("not a path starting with /"); return }
        guard !raw.hasPrefix("//") else { self = .refused("an absolute path or another host (//)"); return }
        var parts = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let folder = parts.last == ""
        if folder { parts.removeLast() }
        var names: [String] = []
        for part in parts {
            switch Self.name(part) {
            case .success(let name): names.append(name)
            case .failure(let refusal): self = .refused(refusal.reason); return
            }
        }
        self = .wanted(names, folder: folder)
    }

    /// Why a path segment is refused.
    struct Refusal: Error {
        let reason: String
    }

    /// One segment, percent-decoded, if it names one file or folder inside this one.
    private static func name(_ part: String) -> Result<String, Refusal> {
        guard !part.isEmpty else { return .failure(Refusal(reason: "an empty segment (//)")) }
        guard let name = part.removingPercentEncoding else { return .failure(Refusal(reason: "a broken percent-escape")) }
        if name == "." || name == ".." { return .failure(Refusal(reason: "a .. or . segment")) }
        if name.contains("/") || name.contains("\\") { return .failure(Refusal(reason: "a slash inside a name")) }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(Refusal(reason: "a control character or NUL"))
        }
        return .success(name)
    }
}
