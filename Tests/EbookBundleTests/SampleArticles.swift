import ArticleModel
import Foundation

/// Invented articles over three months, with the content that is hard to get right in a book:
/// a remote image, a linked image, a table, code, `&` and `<` in titles, non-ASCII text,
/// fragment links and duplicate ids.
enum SampleArticles {
    static let config = SiteConfig(title: "The Harbour Gazette", description: "News from the quay & beyond",
                                   language: "en", baseURL: "https://gazette.example/news/", author: "Gazette Staff")

    static let modified = ArticleDate(year: 2024, month: 6, day: 30, hour: 18, minute: 5, second: 9)!

    static let stylesheet = "body { font-family: serif; }\n"

    static func date(_ month: Int, _ day: Int, offset: Int = 0) -> ArticleDate {
        ArticleDate(year: 2024, month: month, day: day, hour: 9, minute: 30, offsetSeconds: offset)!
    }

    static func make(_ title: String, _ date: ArticleDate, author: String? = nil, tags: [String] = [],
                     source: String? = nil, html: String) -> RenderedArticle {
        let article = Article(title: title, slug: Slug(title), date: date, author: author, tags: tags.map(Tag.init),
                              source: source, body: Markdown(""), origin: "test")
        return RenderedArticle(article: article, html: HTMLFragment(html), wordCount: 120)
    }

    /// In a jumbled order on purpose; newest first is: ferry, tide, crab, market, quay.
    static let all: [RenderedArticle] = [market, ferry, quay, tide, crab]

    static let ferry = make("Ferry timetable: Tom & Jerry <return>", date(6, 28, offset: 7200), author: "Zoë Ångström",
                            tags: ["Transport", "Timetables"], source: "https://gazette.example/news/2024/ferry",
                            html: """
                            <p>The new timetable starts on Monday.</p>
                            <figure><img src="https://cdn.example/ferry.jpg" alt="The ferry at dawn"><figcaption>At dawn.</figcaption></figure>
                            <table><thead><tr><th>Stop</th><th>Time</th></tr></thead>
                            <tbody><tr><td>Quay</td><td colspan="1">07:15</td></tr><tr><td>Island</td><td>07:45</td></tr></tbody></table>
                            <p><a href="#fares">Fares</a> are below.</p>
                            <h2 id="fares">Fares</h2><p>Adults pay 3 € &amp; children ride free.</p>
                            """)

    static let tide = make("Tide tables for the week", date(6, 3), tags: ["Sea"],
                           html: """
                           <p>High water at <code>06:12</code>.</p>
                           <pre><code>let high = tide.max() // &lt;= 4.2 m</code></pre>
                           <p><a href="https://photos.example/tide"><img src="http://photos.example/tide.png" alt="Tide chart"></a></p>
                           <p><img src="data:image/png;base64,iVBORw0KGgo=" alt=""><img src="/images/local.png" alt="Local picture"></p>
                           """)

    static let crab = make("北の港: crab season opens", date(5, 20), author: "Kenji Mori", tags: ["Fishing", "Sea"],
                           source: "https://gazette.example/news/2024/crab",
                           html: """
                           <p>The <em>crab</em> season opened on Monday. Read the <a href="../2024/tide-tables">tide tables</a>
                           and the <a href="javascript:alert(1)">rules</a>.</p>
                           <ul><li>First</li><li>Second<br>line</li></ul>
                           <p id="dup">One</p><p id="dup">Two</p><p><a href="#nowhere">Broken</a></p>
                           """)

    static let market = make("Market day", date(5, 4), tags: [],
                             html: "<p>Stalls open at eight.<iframe src=\"https://video.example/embed/1\"></iframe></p>")

    static let quay = make("Quay repairs finished", date(4, 11), author: "Ana Souza", tags: ["Works"],
                           html: "<blockquote><p>It took “nine months”, said the mayor.</p></blockquote><hr>")
}
