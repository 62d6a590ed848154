import ArticleModel
import EbookBundle
import Foundation
import MarkupTree
import Testing

/// Stored pictures in the digest: embedded as `data:` addresses, so the page still makes no
/// request; those the pipeline left out (over the budget) are text and a link, and the header
/// counts them.
@Suite("Digest pictures")
struct DigestPictureTests {
    /// Every `<img>` of the page, parsed.
    static func images(_ page: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = [MarkupParser.html(page)]
        while let e = stack.popLast() {
            if e.name == "img" { found.append(e) }
            stack += e.childElements.reversed()
        }
        return found
    }

    /// The bytes of a `data:…;base64,` address, and its media type.
    static func decode(_ src: String) -> (type: String, data: Data)? {
        guard src.hasPrefix("data:"), let comma = src.firstIndex(of: ","),
              src[..<comma].hasSuffix(";base64") else { return nil }
        let type = src[src.index(src.startIndex, offsetBy: 5)..<comma].dropLast(";base64".count)
        return Data(base64Encoded: String(src[src.index(after: comma)...])).map { (String(type), $0) }
    }

    @Test("each stored picture is a data: address holding its bytes, with its size; the page loads nothing")
    func embedded() throws {
        let media = try PictureFixtures.media()
        let page = DigestBuilder.html(PictureFixtures.articles, config: SampleArticles.config, stylesheet: "", media: media)
        let images = Self.images(page)
        #expect(images.map { $0.attribute("alt") ?? "?" } == ["Harbour at dawn", "Boats at the quay", "Tide chart", "", "A gull"])
        let decoded = images.compactMap { $0.attribute("src").flatMap(Self.decode) }
        #expect(decoded.map(\.type) == ["image/jpeg", "image/jpeg", "image/png", "image/jpeg", "image/gif"])
        let files = ["jpeg-grey.jpg", "jpeg-baseline.jpg", "png-alpha.png", "jpeg-baseline.jpg", "gif-89a.gif"]
        #expect(decoded.map(\.data) == (try files.map(PictureFixtures.data)))
        #expect(images.map { "\($0.attribute("width") ?? "") \($0.attribute("height") ?? "")" } == ["40 30", "64 48", "40 40", "64 48", "33 17"])
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"))
        #expect(page.contains("[Image: Not fetched] (<a href=\"https://elsewhere.example/remote.jpg\">view image</a>)"))
        #expect(!page.contains("src=\"http") && !page.contains("class=\"digest-note\""))
        #expect(!page.contains("cover"), "the cover is the book's alone")
    }

    @Test("pictures the digest does not hold are text and a link, and the header counts each place")
    func leftOut() throws {
        var media = try PictureFixtures.media()
        media.digest[PictureFixtures.harbour.file] = nil
        let page = DigestBuilder.html(PictureFixtures.articles, config: SampleArticles.config, stylesheet: "", media: media)
        #expect(Self.images(page).map { $0.attribute("alt") ?? "?" } == ["Harbour at dawn", "Tide chart", "A gull"])
        #expect(page.contains("<p class=\"digest-note\">2 pictures are not embedded in this file: "
                              + "each is shown as its description and a link to the original.</p>"))
        #expect(page.contains("<figure><span class=\"media-placeholder\">[Image: Boats at the quay] "
                              + "(<a href=\"https://cdn.example/harbour.jpg\">view image</a>)</span><figcaption>"))
        #expect(page.contains("<p><span class=\"media-placeholder\">[Image] (<a href=\"https://cdn.example/harbour.jpg\">view image</a>)</span> <img"))
    }

    @Test("the book and the digest from one plan equal the separate builders")
    func bundle() throws {
        let media = try PictureFixtures.media()
        let plan = BookPlan(PictureFixtures.articles, config: SampleArticles.config)
        let (epub, digest) = try BookBundle.make(plan, config: SampleArticles.config, media: media, epubStylesheet: "a{}",
                                                 digestStylesheet: "b{}", modified: SampleArticles.modified)
        #expect(epub == (try EPUBBuilder.epub(PictureFixtures.articles, config: SampleArticles.config, stylesheet: "a{}",
                                              modified: SampleArticles.modified, media: media)))
        #expect(digest == DigestBuilder.html(PictureFixtures.articles, config: SampleArticles.config, stylesheet: "b{}", media: media))
    }
}
