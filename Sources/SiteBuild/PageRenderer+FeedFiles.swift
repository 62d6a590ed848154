import ArticleModel

extension PageRenderer {
    /// The site's feed: its newest dated articles, as many as `feeds.entries` says.
    static func feed(of archive: SiteArchive, config: SiteConfig) -> FeedSpec {
        FeedSpec(folder: "", title: config.title, description: config.description, page: SitePaths.index,
                 positions: newestDated(Array(archive.articles.indices), in: archive, count: config.feeds.entries),
                 urn: "urn:broadsheet:site:" + Slug(config.title).value)
    }

    /// The feed of a tag, at `tags/SLUG/`, titled `Site: Tag`.
    func tagFeed(_ group: SiteArchive.TagGroup) -> FeedSpec {
        FeedSpec(folder: SitePaths.tagFolder(group.tag.slug), title: "\(config.title): \(group.tag.name)",
                 description: "", page: SitePaths.tagFolder(group.tag.slug) + "index.html",
                 positions: Self.newestDated(group.positions, in: archive, count: config.feeds.entries),
                 urn: siteFeed.urn + ":tag:" + group.tag.slug.value)
    }

    /// The feeds a tag's pages link to: its own, unless `feeds.tags` is false.
    func tagFeedLink(_ group: SiteArchive.TagGroup) -> FeedSpec? {
        config.feeds.tags ? tagFeed(group) : nil
    }

    /// Every feed file, on all cores: the site's in each format, then each tag's (unless
    /// `feeds.tags` is false). Undated articles are in none: Atom needs a date for every entry,
    /// and all formats carry the same entries.
    ///
    /// An article in several feeds is worked out once for each depth the feeds lie at (the
    /// site's at the top, every tag's two folders down): its links depend on nothing else.
    func feedFiles() throws -> [OutputFile] {
        let specs = [siteFeed] + (config.feeds.tags ? archive.tags.map(tagFeed) : [])
        var made: [String: [Int: FeedItem]] = [:]
        for (root, group) in Dictionary(grouping: specs, by: { SitePaths.root(from: $0.path(.atom)) }) {
            let positions = Set(group.flatMap(\.positions)).sorted()
            let feedPath = group[0].path(.atom)
            made[root] = Dictionary(uniqueKeysWithValues: zip(positions, Parallel.map(positions) { item($0, feedPath: feedPath) }))
        }
        let items = made
        return try Parallel.map(specs.count) { index in
            let spec = specs[index]
            let byPosition = items[SitePaths.root(from: spec.path(.atom)), default: [:]]
            return try files(of: spec, spec.positions.compactMap { byPosition[$0] })
        }.flatMap { $0 }
    }

    /// The feed `spec`, with its `items`, in Atom, RSS 2.0 and JSON Feed.
    private func files(of spec: FeedSpec, _ items: [FeedItem]) throws -> [OutputFile] {
        return [
            OutputFile(path: spec.path(.atom), text: try render("feed", for: spec.path(.atom), atomView(spec, items))),
            OutputFile(path: spec.path(.rss), text: try render("rss", for: spec.path(.rss), rssView(spec, items))),
            OutputFile(path: spec.path(.json), text: try JSONText.encoded(jsonFeed(spec, items))),
        ]
    }

    /// `feed.xml`, Atom 1.0. With a base URL, links and ids are absolute; without one, links
    /// are relative to the feed (readers resolve them against the feed's own address) and ids
    /// are `urn:` names.
    private func atomView(_ spec: FeedSpec, _ items: [FeedItem]) -> [String: Any] {
        let feed: [String: Any] = [
            "id": absolute(spec.path(.atom)) ?? spec.urn,
            "title": spec.title.removingNonXMLCharacters,
            "subtitle": Absent.unlessEmpty(spec.description.removingNonXMLCharacters),
            "language": config.language,
            "author": (config.author ?? config.title).removingNonXMLCharacters,
            "updated": Self.latest(items)?.iso8601 ?? "1970-01-01T00:00:00+00:00",
            "selfURL": absolute(spec.path(.atom)) ?? FeedFormat.atom.fileName,
            "siteURL": absolute(spec.page) ?? spec.pageFromFeed,
        ]
        let entries = items.map { item -> [String: Any] in
            var view = xmlView(item)
            view["published"] = item.published.iso8601
            view["updated"] = (item.updated ?? item.published).iso8601
            view["tags"] = item.tags.map { ["name": $0.name.removingNonXMLCharacters, "slug": $0.slug.value] }
            return view
        }
        return ["feed": feed, "entries": entries]
    }

    /// `rss.xml`, RSS 2.0: dates in RFC 822 with each article's offset, the body in
    /// `content:encoded`, the author in `dc:creator` (RSS's own `author` must be an e-mail
    /// address), the self link only with a base URL (it must be absolute).
    private func rssView(_ spec: FeedSpec, _ items: [FeedItem]) -> [String: Any] {
        let description = spec.description.isEmpty ? spec.title : spec.description
        let feed: [String: Any] = [
            "title": spec.title.removingNonXMLCharacters,
            "link": absolute(spec.page) ?? spec.pageFromFeed,
            "description": description.removingNonXMLCharacters,
            "language": config.language.lowercased(),
            "lastBuildDate": Self.latest(items)?.rfc822 ?? Absent.value,
            "selfURL": absolute(spec.path(.rss)) ?? Absent.value,
        ]
        let entries = items.map { item -> [String: Any] in
            var view = xmlView(item)
            view["idIsURL"] = item.idIsURL
            view["pubDate"] = item.published.rfc822
            view["categories"] = item.tags.map { $0.name.removingNonXMLCharacters }
            return view
        }
        return ["feed": feed, "entries": entries]
    }

    /// The keys an entry has in both XML formats.
    private func xmlView(_ item: FeedItem) -> [String: Any] {
        [
            "id": item.id.removingNonXMLCharacters,
            "title": item.title,
            "url": item.url,
            "author": Absent.unlessEmpty(item.author?.removingNonXMLCharacters),
            // Plain text, escaped once more for `type="html"`: a reader that wrongly treats a
            // summary as markup still shows `<script>` in an article's text as text.
            "summary": Self.escapedAsHTML(item.summary.removingNonXMLCharacters),
            "content": item.content,
            "escapedContent": item.escapedContent,
        ]
    }

    /// `feed.json`, JSON Feed 1.1; the feed's own addresses only with a base URL.
    private func jsonFeed(_ spec: FeedSpec, _ items: [FeedItem]) -> JSONFeed {
        JSONFeed(
            title: spec.title, homePageURL: absolute(spec.page), feedURL: absolute(spec.path(.json)),
            description: spec.description.isEmpty ? nil : spec.description, language: config.language,
            authors: [JSONFeed.Author(name: config.author ?? config.title)],
            items: items.map { item in
                JSONFeed.Item(id: item.id, url: item.url, title: item.title, contentHTML: item.content,
                              summary: item.summary.isEmpty ? nil : item.summary, image: item.image,
                              datePublished: item.published.iso8601, dateModified: item.updated?.iso8601,
                              authors: item.author.map { [JSONFeed.Author(name: $0)] },
                              tags: item.tags.isEmpty ? nil : item.tags.map(\.name))
            })
    }

    /// The article at `position` as a feed at `feedPath` carries it.
    private func item(_ position: Int, feedPath: String) -> FeedItem {
        let rendered = archive.articles[position]
        let article = rendered.article
        let path = SitePaths.article(article)
        let address = absolute(path)
        let content = ReferenceRewriter.rewritten(feedContent(rendered).removingNonXMLCharacters) {
            ReferenceRewriter.rebased($0, from: path, to: feedPath, pageAddress: address)
        }
        return FeedItem(
            id: Self.isURI(article.id) ? article.id : address ?? Self.urn(article.key),
            title: article.title.removingNonXMLCharacters,
            url: address ?? SitePaths.root(from: feedPath) + path,
            idIsURL: !Self.isURI(article.id) && address != nil,
            published: article.date ?? ArticleDate(date: .distantPast),
            updated: Self.updateDate(article),
            author: Absent.unlessEmpty(article.author) as? String,
            tags: article.tags, summary: rendered.summary, content: content, escapedContent: Self.escapedAsHTML(content),
            image: image(rendered) as? String)
    }

    /// The latest date among the entries, publication or update.
    private static func latest(_ items: [FeedItem]) -> ArticleDate? {
        items.map { $0.updated ?? $0.published }.max()
    }

    /// The first `count` of `positions` whose articles have a date.
    private static func newestDated(_ positions: [Int], in archive: SiteArchive, count: Int) -> [Int] {
        Array(positions.lazy.filter { !archive.articles[$0].article.isUndated }.prefix(count))
    }
}
