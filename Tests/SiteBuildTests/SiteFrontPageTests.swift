import ArticleModel
import Foundation
@testable import SiteBuild
import Testing

/// The index's first page as a news front page: the lead story (the newest of the page's
/// articles with a stored lead image, drawn large and not lazily), the page's other stories with
/// their thumbnails, the pagination, a section for each of the most used tags with its newest
/// headlines, and links to the archive, the tags, the book and the digest. Later pages stay plain lists.
@Suite struct SiteFrontPageTests {
    static let harbour = MediaFile(source: "https://pics.example/harbour.jpg", file: "1f0e3dad99908345f7439f8ffabdffc4.jpg",
                                   format: .jpeg, width: 1200, height: 800, bytes: 52)
    static let market = MediaFile(source: "https://pics.example/market.png", file: "70efdf2ec9b086079795c442636b55fb.png",
                                  format: .png, width: 640, height: 480, bytes: 31)

    /// Six articles, four to a page: the newest has no picture, the second and third have stored
    /// ones, the fourth only a remote one (so no thumbnail).
    static let site: [RenderedArticle] = [
        story("Tide Tables", "2024-06-05T10:00:00Z", tags: ["Harbour"]),
        story("Harbour Day", "2024-06-04T10:00:00Z", tags: ["Harbour", "Events"], picture: harbour),
        story("Market Opens", "2024-06-03T10:00:00Z", tags: ["Market"], picture: market),
        story("Rain Again", "2024-06-02T10:00:00Z", tags: ["Weather", "Harbour"], remote: "https://elsewhere.example/rain.jpg"),
        story("Quiet Week", "2024-06-01T10:00:00Z", tags: ["Harbour", "Market"]),
        story("Boat Race", "2024-05-20T10:00:00Z", tags: ["Events"]),
    ]

    static func story(_ title: String, _ date: String, tags: [String], picture: MediaFile? = nil,
                      remote: String? = nil) -> RenderedArticle {
        var item = SiteFixture.article(title, date, tags: tags, summary: "\(title), in brief.")
        item.article.image = picture?.source ?? remote
        if let picture { item.images = [picture.source: picture] }
        return item
    }

    /// What `<main>` holds on the page at `path`.
    static func main(_ site: SiteBuildResult, _ path: String) throws -> String {
        let page = try #require(site.text(path))
        let start = try #require(page.range(of: "<main id=\"main\" tabindex=\"-1\">\n"))
        let end = try #require(page.range(of: "</main>"))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func theFrontPageLeadsWithTheNewestStoryThatHasAPictureThenTheRestThenSections() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 4)
        #expect(try Self.main(site, "index.html") == """
            <div class="front">
            <h1>Latest articles</h1>
            <p class="lede">Invented news for tests</p>
            <article class="lead-story">
            <img class="lead-story-image" src="media/1f0e3dad99908345f7439f8ffabdffc4.jpg" alt="" width="1200" height="800" decoding="async">
            <div class="lead-story-text">
            <h2 class="lead-story-title"><a href="2024/harbour-day/index.html">Harbour Day</a></h2>
            <p class="meta"><time datetime="2024-06-04T10:00:00+00:00">4 June 2024</time> · Desk · 1 min read</p>
            <p class="summary">Harbour Day, in brief.</p>
            <ul class="tags" aria-label="Tags">
            <li><a href="tags/harbour/index.html" rel="tag">Harbour</a></li>
            <li><a href="tags/events/index.html" rel="tag">Events</a></li>
            </ul>
            </div>
            </article>
            <section class="recent-stories" aria-labelledby="recent-stories">
            <h2 class="front-heading" id="recent-stories">More stories</h2>
            <div class="story-grid">
            <article class="story">
            <h3 class="story-title"><a href="2024/tide-tables/index.html">Tide Tables</a></h3>
            <p class="meta"><time datetime="2024-06-05T10:00:00+00:00">5 June 2024</time> · Desk · 1 min read</p>
            <p class="summary">Tide Tables, in brief.</p>
            </article>
            <article class="story">
            <img class="story-thumbnail" src="media/70efdf2ec9b086079795c442636b55fb.png" alt="" width="640" height="480" loading="lazy" decoding="async">
            <h3 class="story-title"><a href="2024/market-opens/index.html">Market Opens</a></h3>
            <p class="meta"><time datetime="2024-06-03T10:00:00+00:00">3 June 2024</time> · Desk · 1 min read</p>
            <p class="summary">Market Opens, in brief.</p>
            </article>
            <article class="story">
            <h3 class="story-title"><a href="2024/rain-again/index.html">Rain Again</a></h3>
            <p class="meta"><time datetime="2024-06-02T10:00:00+00:00">2 June 2024</time> · Desk · 1 min read</p>
            <p class="summary">Rain Again, in brief.</p>
            </article>
            </div>
            </section>
            <nav class="pagination" aria-label="Pages">
            <p class="pagination-status">Page 1 of 2</p>
            <ul>
            <li><a href="index.html" aria-current="page">1</a></li>
            <li><a href="page/2/index.html">2</a></li>
            <li class="next"><a href="page/2/index.html" rel="next">Older →</a></li>
            </ul>
            </nav>
            <section class="front-sections" aria-labelledby="front-sections">
            <h2 class="front-heading" id="front-sections">Sections</h2>
            <div class="section-grid">
            <section class="front-section">
            <h3><a href="tags/harbour/index.html">Harbour</a> <span class="count">4 articles</span></h3>
            <ul>
            <li><a href="2024/tide-tables/index.html">Tide Tables</a> <time datetime="2024-06-05T10:00:00+00:00">5 June 2024</time></li>
            <li><a href="2024/harbour-day/index.html">Harbour Day</a> <time datetime="2024-06-04T10:00:00+00:00">4 June 2024</time></li>
            <li><a href="2024/rain-again/index.html">Rain Again</a> <time datetime="2024-06-02T10:00:00+00:00">2 June 2024</time></li>
            </ul>
            </section>
            <section class="front-section">
            <h3><a href="tags/events/index.html">Events</a> <span class="count">2 articles</span></h3>
            <ul>
            <li><a href="2024/harbour-day/index.html">Harbour Day</a> <time datetime="2024-06-04T10:00:00+00:00">4 June 2024</time></li>
            <li><a href="2024/boat-race/index.html">Boat Race</a> <time datetime="2024-05-20T10:00:00+00:00">20 May 2024</time></li>
            </ul>
            </section>
            <section class="front-section">
            <h3><a href="tags/market/index.html">Market</a> <span class="count">2 articles</span></h3>
            <ul>
            <li><a href="2024/market-opens/index.html">Market Opens</a> <time datetime="2024-06-03T10:00:00+00:00">3 June 2024</time></li>
            <li><a href="2024/quiet-week/index.html">Quiet Week</a> <time datetime="2024-06-01T10:00:00+00:00">1 June 2024</time></li>
            </ul>
            </section>
            <section class="front-section">
            <h3><a href="tags/weather/index.html">Weather</a> <span class="count">1 article</span></h3>
            <ul>
            <li><a href="2024/rain-again/index.html">Rain Again</a> <time datetime="2024-06-02T10:00:00+00:00">2 June 2024</time></li>
            </ul>
            </section>
            </div>
            </section>
            <section class="front-links" aria-labelledby="front-links">
            <h2 class="front-heading" id="front-links">More to read</h2>
            <ul>
            <li><a href="archive/index.html">Every article, by month</a></li>
            <li><a href="tags/index.html">All tags</a></li>
            </ul>
            </section>
            </div>


            """)
    }

    @Test func laterPagesStayPlainLists() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 4)
        let second = try Self.main(site, "page/2/index.html")
        #expect(!second.contains("class=\"front\"") && !second.contains("lead-story") && !second.contains("front-section"))
        #expect(second.hasPrefix("<h1>Latest articles, page 2</h1>\n<p class=\"lede\">Invented news for tests</p>\n<div class=\"entries\">\n<article class=\"entry\">\n"))
        #expect(second.contains("<h2 class=\"entry-title\"><a href=\"../../2024/quiet-week/index.html\">Quiet Week</a></h2>"))
        #expect(second.contains("<h2 class=\"entry-title\"><a href=\"../../2024/boat-race/index.html\">Boat Race</a></h2>"))
    }

    @Test func withoutAnyPictureTheNewestLeadsAndTheBookAndDigestAreLinked() throws {
        var plain = Self.site
        for index in plain.indices { plain[index].images = [:] }
        let extras = SiteExtras(book: SiteExtras.Download(path: "book.epub", bytes: 421_888),
                                digest: SiteExtras.Download(path: "digest.html", bytes: 1_234_567))
        let main = try Self.main(SiteFixture.build(plain, pageSize: 4, extras: extras), "index.html")
        #expect(main.contains("""
            <article class="lead-story">
            <div class="lead-story-text">
            <h2 class="lead-story-title"><a href="2024/tide-tables/index.html">Tide Tables</a></h2>
            """))
        #expect(!main.contains("<img"))
        #expect(main.hasSuffix("""
            <li><a href="archive/index.html">Every article, by month</a></li>
            <li><a href="tags/index.html">All tags</a></li>
            <li><a href="book.epub" type="application/epub+zip">E-book</a> (EPUB, 412 kB)</li>
            <li><a href="digest.html">Digest</a> (one HTML page, 1.2 MB)</li>
            </ul>
            </section>
            </div>


            """))
    }

    @Test func anEmptySiteHasNoFrontPage() throws {
        let main = try Self.main(SiteFixture.build([]), "index.html")
        #expect(main == "<h1>Latest articles</h1>\n<p class=\"lede\">Invented news for tests</p>\n<p class=\"empty\">No articles yet.</p>\n\n")
    }

    @Test func sectionsAreTheEightMostUsedTagsTiesBySlugEachWithItsThreeNewestHeadlines() throws {
        // Tag "T1" on one article, "T2" on two, … "T10" on ten; "A" on as many as "T5".
        let articles = (0..<10).map { index in
            let tags = (1...10).filter { $0 > index }.map { "T\($0)" } + (index < 5 ? ["A"] : [])
            return SiteFixture.article("Story \(index)", "2024-01-\(10 + index)T10:00:00Z", tags: tags)
        }
        let archive = SiteArchive(articles)
        let sections = FrontPage.sections(of: archive)
        #expect(sections.map(\.tag.name) == ["T10", "T9", "T8", "T7", "T6", "A", "T5", "T4"])
        #expect(sections.map(\.count) == [10, 9, 8, 7, 6, 5, 5, 4])
        let titles = sections.map { $0.headlines.map { archive.articles[$0].article.title } }
        #expect(titles.first == ["Story 9", "Story 8", "Story 7"])
        #expect(titles.last == ["Story 3", "Story 2", "Story 1"])
        #expect(titles[5] == ["Story 4", "Story 3", "Story 2"])
    }
}
