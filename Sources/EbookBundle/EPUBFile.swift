import Foundation

/// One file of the book under `OEBPS/`, with what the package document says about it.
struct EPUBFile: Sendable {
    /// The path relative to `OEBPS/`, such as `chapter-001.xhtml`.
    var path: String
    /// The manifest id, unique in the book.
    var id: String
    /// The media type, such as `application/xhtml+xml`.
    var mediaType: String
    /// Manifest properties such as `nav`, or empty.
    var properties: String = ""
    /// Whether the file is read in the spine, in the order files are listed.
    var inSpine: Bool
    /// The file's bytes.
    var contents: Data

    /// An XHTML content document that is part of the reading order.
    static func page(_ path: String, id: String, contents: String, properties: String = "") -> EPUBFile {
        EPUBFile(path: path, id: id, mediaType: "application/xhtml+xml", properties: properties,
                 inSpine: true, contents: Data(contents.utf8))
    }

    /// A file outside the reading order (the table of contents, the stylesheet, a picture).
    static func resource(_ path: String, id: String, mediaType: String, contents: Data, properties: String = "") -> EPUBFile {
        EPUBFile(path: path, id: id, mediaType: mediaType, properties: properties, inSpine: false, contents: contents)
    }
}
