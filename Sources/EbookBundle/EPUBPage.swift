import Foundation

/// An XHTML page of the book: what the package document says of it, and how to write it
/// when its turn comes to be packaged.
struct EPUBPage: Sendable {
    /// The page's path, id and properties (its contents left empty).
    let file: EPUBFile
    /// Writes the page's XHTML.
    let write: @Sendable () -> String

    /// A page in the reading order at `path`.
    init(_ path: String, id: String, properties: String = "", write: @escaping @Sendable () -> String) {
        file = .page(path, id: id, contents: "", properties: properties)
        self.write = write
    }
}
