import Pipeline

/// Broadsheet's version.
enum ToolVersion {
    /// The release number; `fetch` sends it in its `User-Agent`.
    static let number = "0.1.0"

    /// What `broadsheet --version` prints: the number, then the versions of the C libraries
    /// loaded, as each reports itself: `broadsheet 0.1.0 (libcmark 0.30.2, libxml2 2.9.14, libgd 2.3.3)`.
    static var line: String { "broadsheet \(number) (\(LibraryVersions.current))" }
}
