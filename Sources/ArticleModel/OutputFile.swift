import Foundation

/// One file of the output, in memory: a relative path below the output folder and its bytes.
public struct OutputFile: Hashable, Sendable {
    /// The path below the output folder, `/`-separated, never absolute, never with `..`.
    public var path: String
    /// The file's bytes.
    public var contents: Data

    /// Creates an output file from bytes.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// Creates an output file from text, stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }

    /// The contents as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: contents, as: UTF8.self) }

    /// Whether `path` stays inside the output folder: relative, no empty, `.` or `..` parts.
    public var hasSafePath: Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
