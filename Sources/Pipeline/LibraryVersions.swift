import ImageKit
import MarkdownRender
import MarkupTree

/// The versions of the C libraries Broadsheet runs with, each asked of the library itself
/// through the one target that wraps it, for `broadsheet --version`.
///
/// ```swift
/// LibraryVersions.current.description  // "libcmark 0.30.2, libxml2 2.9.14, libgd 2.3.3"
/// ```
public struct LibraryVersions: Sendable, CustomStringConvertible {
    /// libcmark's (Markdown to HTML).
    public var cmark: String
    /// libxml2's (HTML and XML parsing).
    public var libxml2: String
    /// libgd's (pictures and the book cover).
    public var gd: String

    /// The versions of the libraries loaded in this process.
    public static var current: LibraryVersions {
        LibraryVersions(cmark: MarkdownRenderer.libraryVersion, libxml2: MarkupParser.libraryVersion, gd: ImageConverter.libraryVersion)
    }

    /// `libcmark 0.30.2, libxml2 2.9.14, libgd 2.3.3`.
    public var description: String { "libcmark \(cmark), libxml2 \(libxml2), libgd \(gd)" }
}
