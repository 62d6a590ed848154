import ArticleModel
import Foundation
import ImageKit
import MarkupTree
@testable import Pipeline
import Testing

/// The book and the digest with the media store (issue 8): the sample site's stored pictures
/// packaged in `book.epub` (the WebP converted), a drawn cover, every picture embedded in
/// `digest.html` as a `data:` address no wider than the setting, and the budget respected.
@Suite(.serialized) struct BookPictureBuildTests {
    /// The book's files, unpacked by `unzip` into `folder/book`.
    static func unpack(_ epub: URL, into folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("book")
        let (status, output) = try TestSupport.run("/usr/bin/unzip", ["-q", epub.path, "-d", target.path])
        #expect(status == 0, "\(output)")
        return target.appendingPathComponent("OEBPS")
    }

    /// The manifest items of an unpacked book: id, href, media type, properties.
    static func manifest(_ oebps: URL) throws -> [(id: String, href: String, type: String, properties: String)] {
        let package = try #require(MarkupParser.xml(try Data(contentsOf: oebps.appendingPathComponent("content.opf"))).root)
        return (package.child("manifest")?.children("item") ?? []).map {
            ($0.attribute("id") ?? "", $0.attribute("href") ?? "", $0.attribute("media-type") ?? "", $0.attribute("properties") ?? "")
        }
    }

    /// Every `<img>` of an HTML or XHTML text.
    static func images(in text: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = [MarkupParser.html(text)]
        while let element = stack.popLast() {
            if element.name == "img" { found.append(element) }
            stack += element.childElements.reversed()
        }
        return found
    }

    /// A copy of the sample site in `folder/site`, its `book:` settings followed by `lines`.
    static func sampleCopy(in folder: URL, bookLines: [String] = []) throws -> URL {
        let copy = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["site.yml", "feeds", "content", "static", "media"] {
            try FileManager.default.copyItem(at: TestSupport.site.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let settings = copy.appendingPathComponent("site.yml")
        var lines = try String(contentsOf: settings, encoding: .utf8).components(separatedBy: "\n")
            .filter { !$0.hasPrefix("  digest_image_") }
        let book = try #require(lines.firstIndex(of: "book:"))
        lines.insert(contentsOf: bookLines.map { "  " + $0 }, at: book + 1)
        try Data(lines.joined(separator: "\n").utf8).write(to: settings)
        return copy
    }

    /// H1's fixture pictures (`Tests/ImageKitTests/Fixtures`), as a store would hold them.
    static let fixtures = TestSupport.root.appendingPathComponent("Tests/ImageKitTests/Fixtures")

    /// A site of one article showing a picture per entry (`source`, fixture file, store name,
    /// recorded format and size), each stored in `media/` with its record.
    static func site(in folder: URL, _ pictures: [(source: String, fixture: String, file: String, format: ImageFormat, width: Int, height: Int)]) throws -> URL {
        let site = folder.appendingPathComponent("site")
        let media = site.appendingPathComponent(MediaLibrary.folder)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/2024"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data("title: Odd Pictures\n".utf8).write(to: site.appendingPathComponent("site.yml"))
        let body = pictures.enumerated().map { "![Picture \($0.offset + 1)](\($0.element.source))" }.joined(separator: "\n\n")
        try Data("---\ntitle: \"Odd pictures\"\ndate: 2024-05-01T10:00:00Z\n---\n\n\(body)\n".utf8)
            .write(to: site.appendingPathComponent("content/2024/odd-pictures.md"))
        var entries: [String] = []
        for picture in pictures {
            let data = try Data(contentsOf: fixtures.appendingPathComponent(picture.fixture))
            try data.write(to: media.appendingPathComponent(picture.file))
            entries.append("\"\(picture.source)\": {\"bytes\": \(data.count), \"file\": \"\(picture.file)\", "
                           + "\"height\": \(picture.height), \"type\": \"\(picture.format.rawValue)\", \"width\": \(picture.width)}")
        }
        try Data("{\"images\": {\(entries.joined(separator: ", "))}}\n".utf8).write(to: media.appendingPathComponent("index.json"))
        return site
    }

    @Test func webPAndAVIFAreConvertedForTheBookAndAPictureThatCannotBeReadIsLeftOutWithAWarning() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.site(in: folder, [
            ("https://pics.example/clear.webp", "webp-alpha.webp", "aaaa1111.webp", .webp, 70, 50),
            ("https://pics.example/photo.avif", "avif-rgb.avif", "bbbb2222.avif", .avif, 96, 64),
            ("https://pics.example/page.jpg", "html-page.jpg", "cccc3333.jpg", .jpeg, 10, 10),
        ])
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        let oebps = try Self.unpack(output.appendingPathComponent("book.epub"), into: folder)
        let pictures = try Self.manifest(oebps).filter { $0.href.hasPrefix("images/") }
        #expect(pictures.map { "\($0.href) \($0.type)" } == ["images/aaaa1111.png image/png", "images/bbbb2222.jpg image/jpeg"])
        #expect(ImageHeader.read(try Data(contentsOf: oebps.appendingPathComponent("images/aaaa1111.png"))) == ImageHeader(format: .png, width: 70, height: 50))
        #expect(ImageHeader.read(try Data(contentsOf: oebps.appendingPathComponent("images/bbbb2222.jpg"))) == ImageHeader(format: .jpeg, width: 96, height: 64))
        let chapter = try String(contentsOf: oebps.appendingPathComponent("chapter-001.xhtml"), encoding: .utf8)
        #expect(chapter.contains("[Image: Picture 3] (<a href=\"https://pics.example/page.jpg\">view image</a>)"))
        let warnings = report.diagnostics.filter { $0.file == "media/cccc3333.jpg" }
        #expect(warnings.map(\.severity) == [.warning])
        // The build's reader already refuses a stored file that is not the recorded picture.
        #expect(warnings.first?.message == "the file is not the jpeg picture the record says; left out, the picture stays remote")
        if let (status, text) = try TestSupport.epubcheck(output.appendingPathComponent("book.epub")) {
            #expect(status == 0 && !text.contains("ERROR") && !text.contains("WARNING"), "\(text)")
        } else {
            Issue.record("epubcheck is not installed: run scripts/install-deps.sh test")
        }
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(Self.images(in: digest).compactMap { $0.attribute("src")?.prefix(22) } == ["data:image/png;base64,", "data:image/jpeg;base64"])
    }

    @Test func theSampleBookHoldsEveryStoredPictureTheSiteShowsAndADrawnCover() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        _ = try Pipeline.build(BuildRequest(source: .site(TestSupport.site), output: output, layouts: TestSupport.layouts))
        let oebps = try Self.unpack(output.appendingPathComponent("book.epub"), into: folder)
        let items = try Self.manifest(oebps)
        let pictures = items.filter { $0.type.hasPrefix("image/") }

        // Each picture's media type is what its bytes are; WebP and AVIF never reach the book.
        for item in pictures {
            let header = ImageHeader.read(try Data(contentsOf: oebps.appendingPathComponent(item.href)))
            #expect(header?.format.mediaType == item.type, "\(item.href)")
            #expect(item.type != "image/webp" && item.type != "image/avif", "\(item.href)")
        }
        // The site's media/ and the book hold the same pictures (the WebP as a JPEG in the book).
        let stem = { (name: String) in String(name.split(separator: "/").last!.split(separator: ".").first!) }
        let site = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("media").path)
        #expect(site.count == 9)
        #expect(Set(pictures.filter { $0.href.hasPrefix("images/") }.map { stem($0.href) }) == Set(site.map(stem)))
        #expect(site.contains("ba6880b0a0b8adfbae96cf561fe2a78b.webp"))
        #expect(pictures.contains { $0.href == "images/ba6880b0a0b8adfbae96cf561fe2a78b.jpg" && $0.type == "image/jpeg" })

        // The cover: a 1600 × 2400 JPEG named as such for EPUB 3 and EPUB 2 readers.
        let cover = try #require(pictures.first { $0.properties == "cover-image" })
        #expect(cover.href == "cover.jpg")
        let header = ImageHeader.read(try Data(contentsOf: oebps.appendingPathComponent(cover.href)))
        #expect(header == ImageHeader(format: .jpeg, width: 1600, height: 2400))
        let opf = try String(contentsOf: oebps.appendingPathComponent("content.opf"), encoding: .utf8)
        #expect(opf.contains("<meta name=\"cover\" content=\"\(cover.id)\" />"))

        // Every chapter picture is a packaged file, drawn at its real size.
        var shown = 0
        for chapter in items where chapter.href.hasPrefix("chapter-") {
            for image in Self.images(in: try String(contentsOf: oebps.appendingPathComponent(chapter.href), encoding: .utf8)) {
                let src = try #require(image.attribute("src"))
                #expect(pictures.contains { $0.href == src }, "\(chapter.href): \(src)")
                let header = try #require(ImageHeader.read(try Data(contentsOf: oebps.appendingPathComponent(src))))
                #expect(image.attribute("width") == String(header.width) && image.attribute("height") == String(header.height))
                shown += 1
            }
        }
        #expect(shown == 9, "a lead image the body shows already is not repeated")
    }

    @Test func theSampleDigestEmbedsEveryPictureNoWiderThan800PixelsAndLoadsNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(TestSupport.site), output: output, layouts: TestSupport.layouts))
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        let images = Self.images(in: digest)
        #expect(images.count == 9)
        for image in images {
            let src = try #require(image.attribute("src"))
            let comma = try #require(src.firstIndex(of: ","))
            #expect(src.hasPrefix("data:image/jpeg;base64,") || src.hasPrefix("data:image/png;base64,"))
            let data = try #require(Data(base64Encoded: String(src[src.index(after: comma)...])))
            let header = try #require(ImageHeader.read(data))
            #expect(header.width <= 800 && src.hasPrefix("data:" + header.format.mediaType))
            #expect(image.attribute("width") == String(header.width) && image.attribute("height") == String(header.height))
        }
        #expect(!digest.contains("src=\"http") && !digest.contains("class=\"digest-note\""))
        #expect(digest.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"))
        #expect(!report.diagnostics.contains { $0.file == "digest.html" || $0.file.hasPrefix("media/") })
    }

    @Test func theDigestBudgetEmbedsPicturesInReadingOrderUntilTheNextWouldPassItThenCountsTheRest() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.sampleCopy(in: folder, bookLines: ["digest_image_width: 400", "digest_image_budget: 100KB"])
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        let embedded = Self.images(in: digest).compactMap { $0.attribute("src") }
        #expect(!embedded.isEmpty && embedded.count < 9)
        #expect(embedded.reduce(0) { $0 + $1.utf8.count - ($1.firstIndex(of: ",")!.utf16Offset(in: $1) + 1) } <= 100 << 10)
        for src in embedded {
            let data = try #require(Data(base64Encoded: String(src[src.index(after: src.firstIndex(of: ",")!)...])))
            #expect((ImageHeader.read(data)?.width ?? 0) <= 400)
        }
        let left = 9 - embedded.count
        #expect(digest.contains("<p class=\"digest-note\">\(left) pictures are not embedded in this file:"))
        #expect(digest.components(separatedBy: "class=\"media-placeholder\">[Image: ").count - 1 >= left)
        let notes = report.diagnostics.filter { $0.file == "digest.html" }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .warning)
        #expect(notes.first?.message.contains("places) shown as links, not embedded") == true)
        #expect(notes.first?.message.hasSuffix("of book.digest_image_budget (100 KB)") == true)
        // The book is not bound by the digest's budget.
        let oebps = try Self.unpack(output.appendingPathComponent("book.epub"), into: folder)
        #expect(try Self.manifest(oebps).filter { $0.href.hasPrefix("images/") }.count == 9)
    }

    @Test func aBudgetOfZeroEmbedsNoPictureAndTheBookStillHoldsThemAll() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.sampleCopy(in: folder, bookLines: ["digest_image_budget: 0"])
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(Self.images(in: digest).isEmpty)
        #expect(digest.contains("<p class=\"digest-note\">9 pictures are not embedded in this file:"))
        #expect(report.diagnostics.filter { $0.file == "digest.html" }.map(\.message) == [
            "9 pictures (9 places) shown as links, not embedded: the 0 embedded before them take 0 B of book.digest_image_budget (0 B)",
        ])
    }
}
