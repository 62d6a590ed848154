import ArticleModel
import Foundation
import MarkupTree
import ZIPFoundation

/// Checks an EPUB's structure from its bytes, as a reading system opens it: a zip whose first
/// entry is `mimetype`, stored, saying `application/epub+zip`; `META-INF/container.xml`
/// naming the package document; a package whose manifest items are all in the zip and whose
/// spine lists only manifest items. It checks no more (epubcheck does); only the container
/// and the package are decompressed, each up to ``documentLimit`` bytes.
///
/// ```swift
/// EPUBInspector.problems(in: epubBytes, file: "book.epub")  // [] for a sound book
/// ```
public enum EPUBInspector {
    /// The largest container or package document read, in bytes.
    public static let documentLimit = 16 << 20

    private static let hint = "e-readers refuse such a book: build it again, and report the problem if it stays"

    /// The problems of the EPUB `data`; `file` names it in each.
    public static func problems(in data: Data, file: String) -> [Diagnostic] {
        var problems = mimetypeProblems(data, file: file)
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            return problems + [Diagnostic(.error, file: file, "not a zip archive: \(error)", hint: hint)]
        }
        guard let packagePath = packagePath(archive, file: file, problems: &problems),
              let package = document(packagePath, in: archive, file: file, problems: &problems) else { return problems }
        return problems + packageProblems(package, at: packagePath, archive: archive, file: file)
    }

    /// The first local header at offset 0 must be `mimetype`, stored, with no extra field,
    /// holding exactly `application/epub+zip`.
    static func mimetypeProblems(_ data: Data, file: String) -> [Diagnostic] {
        let bytes = [UInt8](data.prefix(58))
        func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        let expected = Array("mimetypeapplication/epub+zip".utf8)
        guard bytes.count == 58, bytes[0..<4].elementsEqual([0x50, 0x4B, 0x03, 0x04]), le16(8) == 0, le16(26) == 8, le16(28) == 0,
              bytes[30...].elementsEqual(expected) else {
            return [Diagnostic(.error, file: file, "the first entry is not the mimetype file, stored uncompressed, saying application/epub+zip", hint: hint)]
        }
        return []
    }

    /// The package document's path, from `META-INF/container.xml`.
    private static func packagePath(_ archive: Archive, file: String, problems: inout [Diagnostic]) -> String? {
        guard let container = document("META-INF/container.xml", in: archive, file: file, problems: &problems) else { return nil }
        let rootfile = container.child("rootfiles")?.children("rootfile").first { $0.attribute("media-type") == "application/oebps-package+xml" }
        guard let path = rootfile?.attribute("full-path"), !path.isEmpty else {
            problems.append(Diagnostic(.error, file: file, item: "META-INF/container.xml", "names no package document (rootfile full-path)", hint: hint))
            return nil
        }
        return path
    }

    /// The manifest's files must be in the zip, the spine's items in the manifest.
    private static func packageProblems(_ package: MarkupElement, at path: String, archive: Archive, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
        let items = package.child("manifest")?.children("item") ?? []
        let entries = Set(archive.map(\.path))  // archive[path] walks every entry: once, not per item
        if items.isEmpty { problems.append(Diagnostic(.error, file: file, item: path, "the manifest lists no file", hint: hint)) }
        for item in items {
            let href = item.attribute("href") ?? ""
            let target = folder + (href.removingPercentEncoding ?? href)
            if href.isEmpty || !entries.contains(target) {
                problems.append(Diagnostic(.error, file: file, item: path, "manifest item \"\(item.attribute("id") ?? "")\" names \(target), which is not in the book", hint: hint))
            }
        }
        let ids = Set(items.compactMap { $0.attribute("id") })
        let spine = package.child("spine")?.children("itemref") ?? []
        if spine.isEmpty { problems.append(Diagnostic(.error, file: file, item: path, "the spine lists nothing to read", hint: hint)) }
        for itemref in spine where !ids.contains(itemref.attribute("idref") ?? "") {
            problems.append(Diagnostic(.error, file: file, item: path, "spine item \"\(itemref.attribute("idref") ?? "")\" is not in the manifest", hint: hint))
        }
        return problems
    }

    /// The XML document at `path` in the zip, parsed; nil (and a problem) when it is missing,
    /// too large or not XML.
    private static func document(_ path: String, in archive: Archive, file: String, problems: inout [Diagnostic]) -> MarkupElement? {
        guard let entry = archive[path] else {
            problems.append(Diagnostic(.error, file: file, "\(path) is missing", hint: hint))
            return nil
        }
        guard entry.uncompressedSize <= UInt64(documentLimit) else {
            problems.append(Diagnostic(.error, file: file, "\(path) is larger than \(documentLimit >> 20) MB", hint: hint))
            return nil
        }
        var contents = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard contents.count + chunk.count <= documentLimit else { throw CocoaError(.fileReadTooLarge) }
                contents.append(chunk)
            }
        } catch {
            problems.append(Diagnostic(.error, file: file, "\(path) cannot be read: \(error)", hint: hint))
            return nil
        }
        let parsed = MarkupParser.xml(contents)
        if let problem = parsed.problems.first {
            problems.append(Diagnostic(.error, file: file, item: path, line: problem.line > 0 ? problem.line : nil,
                                       "not well-formed XML: \(problem.message)", hint: hint))
        }
        return parsed.root
    }
}
