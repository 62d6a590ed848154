import ArticleModel
import Foundation
@testable import Pipeline
import Testing

/// A feed's figures from end to end (issue 8): imported as Markdown a person can read (the
/// picture, then its caption in italics), and published as `<figure>` with `<figcaption>` on
/// the article page, in the EPUB chapter (a valid book) and in the digest.
@Suite struct FigureBuildTests {
    /// The stored picture (PictureSite's 8 × 6 PNG) and its name in the store.
    static let source = "https://pics.example/quay-at-dusk.png"
    static let file = "5e1f0c9a2b3d4e5f60718293a4b5c6d7.png"

    /// One item with two figures: a stored picture whose caption has a link and a credit line,
    /// and a picture that is not stored, its caption written above it.
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Quay News</title><link>https://quay.example/</link><description>News from the quay</description><language>en</language>
        <item><title>Harbour lights</title><link>https://quay.example/2024/harbour-lights/</link><guid>https://quay.example/?p=1</guid>
        <pubDate>Sat, 01 Jun 2024 10:00:00 +0000</pubDate>
        <content:encoded><![CDATA[<p>The lights came on at dusk.</p>
        <figure class="wp-block-image"><img src="\(source)" alt="The quay at dusk" class="wp-image-7"><figcaption class="wp-element-caption"><em>The quay at dusk</em>, from <a href="https://quay.example/mole/">the North Mole</a>.<br><span class="credit">Photo: Ann Lee</span></figcaption></figure>
        <p>The boats followed.</p>
        <figure><figcaption>The harbour master’s map</figcaption><img src="https://elsewhere.example/map.jpg" alt="Map of the harbour"></figure>
        <p>Then it rained.</p>]]></content:encoded></item>
        </channel></rss>
        """

    /// The Markdown the import writes for the item's body.
    static let markdown = """
        The lights came on at dusk.

        ![The quay at dusk](\(source))

        *The quay at dusk, from [the North Mole](https://quay.example/mole/).\\
        Photo: Ann Lee*

        The boats followed.

        ![Map of the harbour](https://elsewhere.example/map.jpg)

        *The harbour master’s map*

        Then it rained.
        """

    /// A site folder in `parent/site`: the feed and a store holding the first picture.
    static func site(in parent: URL) throws -> URL {
        let site = parent.appendingPathComponent("site")
        let media = site.appendingPathComponent(MediaLibrary.folder)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("feeds"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data("title: Quay News\n".utf8).write(to: site.appendingPathComponent("site.yml"))
        try Data(feed.utf8).write(to: site.appendingPathComponent("feeds/quay.rss.xml"))
        try PictureSite.png.write(to: media.appendingPathComponent(file))
        let record = "{\"images\": {\"\(source)\": {\"bytes\": \(PictureSite.png.count), \"file\": \"\(file)\", \"height\": 6, \"type\": \"png\", \"width\": 8}}}\n"
        try Data(record.utf8).write(to: media.appendingPathComponent("index.json"))
        return site
    }

    @Test func importWritesThePictureThenItsCaptionInItalics() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.site(in: folder)
        let report = try ContentImporter.importFeeds([site.appendingPathComponent("feeds/quay.rss.xml")], into: site, force: false)
        let path = try #require(report.created.first)
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(text.hasSuffix("---\n\n" + Self.markdown + "\n"), "\(text)")
    }

    @Test func aFeedFigureIsAFigureOnThePageInTheBookAndInTheDigest() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.site(in: folder)
        let output = folder.appendingPathComponent("public")
        _ = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))

        let page = try String(contentsOf: output.appendingPathComponent("2024/harbour-lights/index.html"), encoding: .utf8)
        #expect(page.contains("""
            <p>The lights came on at dusk.</p>
            <figure><img src="../../media/\(Self.file)" alt="The quay at dusk" width="8" height="6" loading="lazy" decoding="async" /><figcaption>The quay at dusk, from <a href="https://quay.example/mole/">the North Mole</a>.<br />
            Photo: Ann Lee</figcaption></figure>
            <p>The boats followed.</p>
            <figure><img src="https://elsewhere.example/map.jpg" alt="Map of the harbour" /><figcaption>The harbour master’s map</figcaption></figure>
            <p>Then it rained.</p>
            """), "\(page)")

        let oebps = try BookPictureBuildTests.unpack(output.appendingPathComponent("book.epub"), into: folder)
        let chapter = try String(contentsOf: oebps.appendingPathComponent("chapter-001.xhtml"), encoding: .utf8)
        #expect(chapter.contains("""
            <figure><img src="images/\(Self.file)" alt="The quay at dusk" width="8" height="6" /><figcaption>The quay at dusk, from <a href="https://quay.example/mole/">the North Mole</a>.<br />
            Photo: Ann Lee</figcaption></figure>
            """), "\(chapter)")
        #expect(chapter.contains("""
            <figure><span class="media-placeholder">[Image: Map of the harbour] (<a href="https://elsewhere.example/map.jpg">view image</a>)</span><figcaption>The harbour master’s map</figcaption></figure>
            """), "\(chapter)")
        if let (status, text) = try TestSupport.epubcheck(output.appendingPathComponent("book.epub")) {
            #expect(status == 0 && !text.contains("ERROR") && !text.contains("WARNING"), "\(text)")
        } else {
            Issue.record("epubcheck is not installed: run scripts/install-deps.sh test")
        }

        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(digest.contains("<figure><img src=\"data:image/png;base64,"))
        #expect(digest.contains("<figcaption>The harbour master’s map</figcaption></figure>"))
    }
}
