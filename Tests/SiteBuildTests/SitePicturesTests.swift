import ArticleModel
import Foundation
import MarkupTree
@testable import SiteBuild
import Testing

/// Pictures from the media store on the site: a body's `<img>` whose picture is stored points at
/// `media/FILE` relative to its page, with its size and lazy loading; the lead image uses the
/// stored copy with its size; lists show the stored lead image as a thumbnail (never a remote
/// one); `og:image` and the Atom feed use absolute addresses. Pictures not stored stay as they were.
@Suite struct SitePicturesTests {
    static let quay = MediaFile(source: "https://pics.example/quay.png", file: "bebceba0382963ca779deb17f82c7a39.png",
                                format: .png, width: 800, height: 600, bytes: 116)
    static let boats = MediaFile(source: "https://pics.example/boats.jpg?w=600&h=400", file: "0d4f5c2a9e8b7d6c5b4a39281706f5e4.jpg",
                                 format: .jpeg, width: 1200, height: 800, bytes: 355)
    static let lead = MediaFile(source: "https://pics.example/lead.jpg", file: "4bdfe072d00a65b407966582583d6c7e.jpg",
                                format: .jpeg, width: 1600, height: 900, bytes: 52)

    /// A body as the serialiser writes it: a stored picture, a stored one in a figure that gives
    /// only its width, a remote one, and the first picture's tag as text in a code sample.
    static let body = """
        <p>The quay at dawn.</p>
        <p><img src="https://pics.example/quay.png" alt="The quay" title="Quay" /></p>
        <figure><img src="https://pics.example/boats.jpg?w=600&amp;h=400" alt="Boats" width="300" /><figcaption>Boats in the harbour</figcaption></figure>
        <p><img src="https://elsewhere.example/gone.jpg" alt="Remote" /></p>
        <p><code>&lt;img src="https://pics.example/quay.png"&gt;</code></p>

        """

    /// The body as the article page shows it.
    static let linkedBody = """
        <div class="article-body">
        <p>The quay at dawn.</p>
        <p><img src="../../media/bebceba0382963ca779deb17f82c7a39.png" alt="The quay" title="Quay" width="800" height="600" loading="lazy" decoding="async" /></p>
        <figure><img src="../../media/0d4f5c2a9e8b7d6c5b4a39281706f5e4.jpg" alt="Boats" width="300" height="200" loading="lazy" decoding="async" /><figcaption>Boats in the harbour</figcaption></figure>
        <p><img src="https://elsewhere.example/gone.jpg" alt="Remote" /></p>
        <p><code>&lt;img src="https://pics.example/quay.png"&gt;</code></p>

        </div>
        """

    /// Two articles (one whose pictures are stored, one whose lead image is not) and a page.
    static let site: [RenderedArticle] = [
        item("Harbour Day", "2024-06-01T10:00:00Z", image: lead.source, html: body, images: [quay, boats, lead]),
        item("Remote Only", "2024-05-20T10:00:00Z", image: "https://elsewhere.example/remote-lead.jpg",
             html: "<p>No stored pictures.</p>\n", images: []),
        item("About", nil, image: lead.source, html: "<p><img src=\"https://pics.example/quay.png\" alt=\"Us\" /></p>\n",
             images: [quay, lead], isPage: true),
    ]

    static func item(_ title: String, _ date: String?, image: String, html: String, images: [MediaFile],
                     isPage: Bool = false) -> RenderedArticle {
        let article = Article(title: title, slug: Slug(title), date: date.flatMap { ArticleDate(iso8601: $0) }, tags: [Tag("Harbour")],
                              body: Markdown("Words."), image: image, isPage: isPage)
        var stored: [String: MediaFile] = [:]
        for file in images { stored[file.source] = file }
        return RenderedArticle(article: article, html: HTMLFragment(html), wordCount: 3, images: stored)
    }

    @Test func storedPicturesInTheBodyPointAtTheirCopyRelativeToThePage() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let page = try #require(site.text("2024/harbour-day/index.html"))
        #expect(page.contains(Self.linkedBody))
        let about = try #require(site.text("about/index.html"))
        #expect(about.contains("""
            <div class="article-body">
            <p><img src="../media/bebceba0382963ca779deb17f82c7a39.png" alt="Us" width="800" height="600" loading="lazy" decoding="async" /></p>
            """))
    }

    @Test func theLeadImageIsTheStoredCopyWithItsSizeAndOGImageStaysAbsolute() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let page = try #require(site.text("2024/harbour-day/index.html"))
        #expect(page.contains("""
            </header>
            <p class="lead-image"><img src="../../media/4bdfe072d00a65b407966582583d6c7e.jpg" alt="Harbour Day" width="1600" height="900" decoding="async"></p>
            <div class="article-body">
            """))
        // og:image must be absolute: without a base URL, the original address.
        #expect(page.contains("<meta property=\"og:image\" content=\"https://pics.example/lead.jpg\">"))
        let remote = try #require(site.text("2024/remote-only/index.html"))
        #expect(remote.contains("<p class=\"lead-image\"><img src=\"https://elsewhere.example/remote-lead.jpg\" alt=\"Remote Only\"></p>"))

        let hosted = try SiteFixture.build(Self.site, pageSize: 10, baseURL: "https://gazette.example/news/")
        let withBase = try #require(hosted.text("2024/harbour-day/index.html"))
        #expect(withBase.contains("<meta property=\"og:image\" content=\"https://gazette.example/news/media/4bdfe072d00a65b407966582583d6c7e.jpg\">"))
        #expect(withBase.contains(Self.linkedBody))
        #expect(hosted.text("2024/remote-only/index.html")?.contains("content=\"https://elsewhere.example/remote-lead.jpg\"") == true)
    }

    // The front page (`index.html`) draws the same stored copy as its lead story: SiteFrontPageTests.
    @Test(arguments: [
        ("tags/harbour/index.html", "../../"),
        ("archive/2024/06/index.html", "../../../"),
        ("archive/2024/index.html", "../../"),
    ])
    func listsShowTheStoredLeadImageAsAThumbnailAndNeverARemoteOne(page: String, root: String) throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let list = try #require(site.text(page))
        #expect(list.contains("""
            <article class="entry">
            <img class="entry-thumbnail" src="\(root)media/4bdfe072d00a65b407966582583d6c7e.jpg" alt="" width="1600" height="900" loading="lazy" decoding="async">
            <h2 class="entry-title"><a href="\(root)2024/harbour-day/index.html">Harbour Day</a></h2>
            """))
        #expect(list.components(separatedBy: "<img").count == 2, "only the stored lead image is shown")
        #expect(!list.contains("elsewhere.example"))
    }

    @Test func theFeedKeepsOriginalAddressesUnlessTheSiteHasABaseURL() throws {
        let plain = try Self.feedContent(of: "Harbour Day", in: SiteFixture.build(Self.site, pageSize: 10))
        #expect(plain.contains(#"<img src="https://pics.example/quay.png" alt="The quay" title="Quay" />"#))
        #expect(!plain.contains("media/"))
        let hosted = try Self.feedContent(of: "Harbour Day", in: SiteFixture.build(Self.site, pageSize: 10, baseURL: "https://gazette.example/news"))
        #expect(hosted.contains(#"<img src="https://gazette.example/news/media/bebceba0382963ca779deb17f82c7a39.png" alt="The quay" title="Quay" width="800" height="600" loading="lazy" decoding="async" />"#))
        #expect(hosted.contains(#"<img src="https://elsewhere.example/gone.jpg" alt="Remote" />"#))
    }

    /// The HTML the Atom feed carries for the entry titled `title`, as a feed reader reads it.
    static func feedContent(of title: String, in site: SiteBuildResult) throws -> String {
        let feed = try #require(site.files.first { $0.path == "feed.xml" })
        let root = try #require(MarkupParser.xml(feed.contents).root)
        let entry = try #require(root.children("entry").first { $0.children("title").first?.textContent == title })
        return try #require(entry.children("content").first).textContent
    }

    @Test func aSiteWithoutStoredPicturesIsUnchanged() throws {
        var remote = Self.site
        for index in remote.indices { remote[index].images = [:] }
        let site = try SiteFixture.build(remote, pageSize: 10)
        let page = try #require(site.text("2024/harbour-day/index.html"))
        #expect(page.contains("<div class=\"article-body\">\n" + Self.body + "\n</div>"))
        #expect(page.contains("<p class=\"lead-image\"><img src=\"https://pics.example/lead.jpg\" alt=\"Harbour Day\"></p>"))
        #expect(site.text("index.html")?.contains("<img") == false)
        #expect(!site.files.contains { $0.path.hasPrefix("media/") })
    }

    /// Each case: the tag, then what it becomes with `quay` stored (a `·` for "left as it is").
    @Test(arguments: [
        // The serialiser's forms: void with ` />`, and a plain `>`; other attributes keep their order.
        (#"<img src="https://pics.example/quay.png" />"#,
         #"<img src="m/bebceba0382963ca779deb17f82c7a39.png" width="800" height="600" loading="lazy" decoding="async" />"#),
        (#"<img alt="A" src="https://pics.example/quay.png" lang="en">"#,
         #"<img src="m/bebceba0382963ca779deb17f82c7a39.png" alt="A" lang="en" width="800" height="600" loading="lazy" decoding="async">"#),
        // A size given in full is kept; one side alone is completed in proportion; junk is replaced.
        (#"<img src="https://pics.example/quay.png" width="400" height="100" />"#,
         #"<img src="m/bebceba0382963ca779deb17f82c7a39.png" width="400" height="100" loading="lazy" decoding="async" />"#),
        (#"<img src="https://pics.example/quay.png" height="150" />"#,
         #"<img src="m/bebceba0382963ca779deb17f82c7a39.png" width="200" height="150" loading="lazy" decoding="async" />"#),
        (#"<img src="https://pics.example/quay.png" width="100%" height="0" />"#,
         #"<img src="m/bebceba0382963ca779deb17f82c7a39.png" width="800" height="600" loading="lazy" decoding="async" />"#),
        // The address must match exactly (after the serialiser's escaping); other forms stay.
        (#"<img src="https://pics.example/quay.png?x=1" />"#, "·"),
        (#"<img src='https://pics.example/quay.png' />"#, "·"),
        (#"<img  src="https://pics.example/quay.png" />"#, "·"),
        (#"<img src="https://pics.example/quay.png""#, "·"),
        (#"<imgx src="https://pics.example/quay.png" />"#, "·"),
        (#"<p>src="https://pics.example/quay.png"</p>"#, "·"),
    ])
    func tagsInTheSerialisersFormAreLinkedAndOthersLeftAlone(tag: String, expected: String) {
        let linked = StoredImages.linked(tag, images: [Self.quay.source: Self.quay], prefix: "m/")
        #expect(linked == (expected == "·" ? tag : expected))
    }

    @Test func aStoreEntryWithoutASizeGivesNoneAndNeverCrashes() {
        let unsized = MediaFile(source: "https://pics.example/q.png", file: "q.png", format: .png, width: 0, height: 0, bytes: 1)
        let huge = MediaFile(source: "https://pics.example/h.png", file: "h.png", format: .png, width: 1, height: Int.max, bytes: 1)
        let images = [unsized.source: unsized, huge.source: huge]
        #expect(StoredImages.linked(#"<img src="https://pics.example/q.png" width="40" />"#, images: images, prefix: "")
                == #"<img src="q.png" loading="lazy" decoding="async" />"#)
        #expect(StoredImages.linked(#"<img src="https://pics.example/q.png" width="40" height="30" />"#, images: images, prefix: "")
                == #"<img src="q.png" width="40" height="30" loading="lazy" decoding="async" />"#)
        #expect(StoredImages.linked(#"<img src="https://pics.example/h.png" width="40" />"#, images: images, prefix: "")
                == #"<img src="h.png" width="40" height="100000" loading="lazy" decoding="async" />"#)
    }

    @Test func twentyThousandPicturesInOneBodyAreAllLinked() {
        // A pass per picture would not finish in a test run; how long one pass takes is
        // measured in `make bench`, never here.
        var images: [String: MediaFile] = [:]
        var html = ""
        for index in 0..<20_000 {
            let source = "https://pics.example/\(index).png"
            images[source] = MediaFile(source: source, file: "\(index).png", format: .png, width: 10, height: 10, bytes: 1)
            html += "<p><img src=\"\(source)\" alt=\"\" /></p>\n"
        }
        let linked = StoredImages.linked(html, images: images, prefix: "")
        #expect(linked.components(separatedBy: "loading=\"lazy\"").count == 20_001)
        #expect(linked.hasSuffix("<p><img src=\"19999.png\" alt=\"\" width=\"10\" height=\"10\" loading=\"lazy\" decoding=\"async\" /></p>\n"))
    }
}
