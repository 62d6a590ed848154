import CCmark

extension MarkdownRenderer {
    /// The version of the libcmark this binary runs with, as the library reports it (`0.30.2`).
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
