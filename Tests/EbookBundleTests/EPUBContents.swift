import Foundation
import MarkupTree
import ZIPFoundation

/// An EPUB read back from its bytes: the entries in archive order with their contents.
struct EPUBContents {
    var paths: [String] = []
    var files: [String: Data] = [:]
    var entries: [(path: String, modificationDate: Date, permissions: UInt16?)] = []

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            var contents = Data()
            _ = try archive.extract(entry) { contents.append($0) }
            paths.append(entry.path)
            files[entry.path] = contents
            entries.append((entry.path, entry.fileAttributes[.modificationDate] as? Date ?? .distantPast,
                            (entry.fileAttributes[.posixPermissions] as? NSNumber)?.uint16Value))
        }
    }

    func text(_ path: String) -> String {
        String(decoding: files[path] ?? Data(), as: UTF8.self)
    }

    /// The package document, parsed.
    func package() -> MarkupElement? {
        MarkupParser.xml(files["OEBPS/content.opf"] ?? Data()).root
    }

    /// Manifest hrefs (relative to OEBPS/) by item id, in manifest order.
    func manifest() -> [(id: String, href: String, mediaType: String)] {
        guard let items = package()?.child("manifest")?.children("item") else { return [] }
        return items.map { ($0.attribute("id") ?? "", $0.attribute("href") ?? "", $0.attribute("media-type") ?? "") }
    }

    /// Spine item ids, in reading order.
    func spine() -> [String] {
        package()?.child("spine")?.children("itemref").compactMap { $0.attribute("idref") } ?? []
    }
}
