import ArticleModel
import Foundation
import SiteBuild

/// Whole sites as values: invented articles, the real `Layouts/` folder, and a build.
enum SiteFixture {
    /// The repository's default theme, read from disk: paths relative to `Layouts/`.
    static let layouts: [String: Data] = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Layouts")
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try? Data(contentsOf: url)
            }
        }
        return files
    }()

    /// An article with a short body; the date is UTC noon unless `offset` says otherwise. Its
    /// plain summary is `summary`, else the body's first 40 words, as the render step makes it.
    static func article(_ title: String, _ date: String, tags: [String] = [], summary: String? = nil,
                        author: String? = nil, source: String? = nil, words: Int = 30) -> RenderedArticle {
        let parsed = ArticleDate(iso8601: date)!
        let body = (0..<words).map { "word\($0)" }.joined(separator: " ")
        let article = Article(title: title, slug: Slug(title), date: parsed, author: author, tags: tags.map(Tag.init),
                              summary: summary, source: source, body: Markdown(body))
        let excerpt = (0..<min(words, 40)).map { "word\($0)" }.joined(separator: " ") + (words > 40 ? "…" : "")
        return RenderedArticle(article: article, html: HTMLFragment("<p>\(body)</p>\n"), wordCount: words,
                               summary: summary ?? excerpt)
    }

    /// Five articles over four months of two years, four tags.
    static let small: [RenderedArticle] = [
        article("Autumn Budget", "2023-11-20T12:00:00Z", tags: ["Economy", "Politics"], summary: "The budget, in brief.",
                author: "Ann Writer", source: "https://news.example/autumn-budget"),
        article("Winter Storms", "2023-12-05T08:30:00+01:00", tags: ["Weather"]),
        article("New Year Markets", "2024-01-15T09:00:00Z", tags: ["Economy"], words: 900),
        article("Rail Strike", "2024-01-28T18:45:00-05:00", tags: ["Politics", "Transport"]),
        article("Spring Forecast", "2024-03-02T07:00:00Z", tags: ["Weather", "Economy"]),
    ]

    /// Twenty-five articles, one every nine days from January 2023, tags in turn.
    static let large: [RenderedArticle] = (0..<25).map { index in
        let day = CivilDate.daysFromEpoch(year: 2023, month: 1, day: 1) + index * 19
        let date = CivilDate(epochSeconds: day * 86_400)
        let iso = "\(date.year)-\(two(date.month))-\(two(date.day))T10:00:00Z"
        let tags = [["Economy"], ["Science", "Economy"], ["Culture"], ["Science"]][index % 4]
        return article("Story number \(index + 1)", iso, tags: tags, words: 50 + index * 10)
    }

    /// Builds `articles` with the default theme and `changes` to it.
    static func build(_ articles: [RenderedArticle], pageSize: Int = 2, baseURL: String = "",
                      changes: [String: String] = [:], feeds: FeedOptions = FeedOptions(),
                      extras: SiteExtras = SiteExtras()) throws -> SiteBuildResult {
        var layouts = self.layouts
        for (path, text) in changes { layouts[path] = Data(text.utf8) }
        let config = SiteConfig(title: "The Daily Test", description: "Invented news for tests", language: "en-GB",
                                baseURL: baseURL, author: "Desk", pageSize: pageSize, feeds: feeds)
        return try SiteBuilder.build(articles, config: config, layouts: layouts, extras: extras)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension SiteBuildResult {
    /// The text of the file at `path`, or nil.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }?.text
    }

    /// The paths of the HTML pages.
    var pages: [String] { files.map(\.path).filter { $0.hasSuffix(".html") } }
}
