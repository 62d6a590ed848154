import Foundation

/// What `broadsheet check` is to look at, and how.
public struct CheckRequest: Sendable {
    /// A site folder (its `public/` is checked, with its `base_url`) or a built output folder.
    public var folder: URL
    /// Whether books are also given to epubcheck, when it is installed.
    public var runEpubcheck: Bool
    /// Whether epubcheck's warnings fail a book too (`--strict`).
    public var strict: Bool
    /// Called as pages are checked, one call at a time, from any thread.
    public var progress: ProgressHandler?

    /// Creates a request.
    public init(folder: URL, runEpubcheck: Bool = true, strict: Bool = false, progress: ProgressHandler? = nil) {
        self.folder = folder
        self.runEpubcheck = runEpubcheck
        self.strict = strict
        self.progress = progress
    }
}
