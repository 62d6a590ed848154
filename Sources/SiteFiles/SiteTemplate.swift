import ArticleModel

/// The files `broadsheet new` starts a site with: a `site.yml` that documents every setting,
/// a first article written by hand, and a `.gitignore` for what builds write. Text in, text out.
public enum SiteTemplate {
    /// Where the first article goes for an article dated `date`: `content/YEAR/welcome.md`.
    public static func welcomePath(_ date: ArticleDate) -> String {
        "content/\(Article.folder(for: date, isPage: false))/welcome.md"
    }

    /// What builds and imports write inside a site folder, which no one should commit.
    public static let gitignore = """
        # Written by broadsheet; not part of the site's sources.
        /public/
        /.public.lock
        /.public.tmp-*/
        /.public.old-*/
        /.broadsheet/

        """

    /// `site.yml` for a site called `title` that reads `sources` (paths below the site folder,
    /// or web addresses for `broadsheet fetch`); every other setting is shown with its default,
    /// commented out, with what it does.
    public static func siteYML(title: String, sources: [String]) -> String {
        let sourceLines = sources.isEmpty
            ? "# sources:\n#   - feeds/news.xml\n#   - https://news.example/feed.xml\n"
            : "sources:\n" + sources.map { "  - \(ArticleFileFormat.quoted($0))\n" }.joined()
        return head(title) + sourceLines + tail
    }

    private static func head(_ title: String) -> String {
        """
        # This site's settings, read by `broadsheet build`. Every field is optional: a field
        # left out (or commented out, as most are below) takes the default shown. A field
        # Broadsheet does not know is reported, so a typo never passes silently.

        # The site's name: page titles, the header, the feeds and the book's title.
        title: \(ArticleFileFormat.quoted(title))
        # One line about the site, under the title on the home page and in the feeds.
        # description: "What the site is about, in one line."
        # The language the site is written in, as a code (en, en-GB, de, pt-BR): the pages'
        # lang, the words of the theme, how dates are written, the book.
        language: en
        # The address the site will be published at. Pages link to each other relatively and
        # work without it, from disk or from any folder of a web server; the feeds, sitemap.xml,
        # canonical links and 404.html need it. `broadsheet build --base-url URL` replaces it
        # for one build (a preview).
        # base_url: https://example.com/news/
        # The author of the articles that name none.
        # author: "Your name"
        # Articles per page on the home page, tag pages and date archives (1 to 10000).
        # page_size: 10

        # The feeds to read. A file is named relative to this folder (keep copies in feeds/);
        # a web address is downloaded into feeds/ by `broadsheet fetch`, since `build` never
        # goes online. Without `sources:`, every file in feeds/ is read.

        """
    }

    private static let tail = """

        # Articles you write yourself go in content/, one Markdown file each with front matter
        # (see content/ for the first one). Files in static/ are copied into the site as they
        # are (favicon.svg, robots.txt, pictures). Pictures the articles use are downloaded by
        # `broadsheet fetch` into media/.

        # The site's Atom (feed.xml), RSS (rss.xml) and JSON Feed (feed.json), and each tag's.
        # feeds:
        #   entries: 20     # the newest dated articles each feed carries, 1 to 1000
        #   tags: true      # false: the site's own feeds only

        # What article pages call themselves in their structured data (with base_url):
        # NewsArticle, BlogPosting or Article.
        # article_type: NewsArticle

        # book.epub and digest.html, built with the site.
        # book:
        #   enabled: true              # false: no book, no digest
        #   title: "A title for the book"   # defaults to the site's title
        #   author: "Your name"        # defaults to the site's author
        #   limit: 0                   # at most this many articles, newest first; 0 for all
        #   digest_image_width: 800    # pictures wider than this are downscaled in the digest
        #   digest_image_budget: 25MB  # the digest's pictures weigh at most this much together
        #   sections: month            # month, tag (each article under its first tag) or feed
        #   order: newest-first        # or oldest-first: the months and the chapters in each section

        # Up to four tags chosen from their text for feed articles that come with none.
        # auto_tags: true

        # Boilerplate to remove from feed articles, added to the built-in rules
        # (`broadsheet build --verbose` names each rule that removed something).
        # cleaning:
        #   drop_text: ["^Share this:?$"]   # regular expressions for a whole paragraph's text
        #   drop_classes: [newsletter]      # elements with these classes or ids
        #   disable: []                     # built-in rules to switch off, by name

        # `broadsheet fetch`, the one command that uses the network: limits per run.
        # fetch:
        #   max_file_size: 20MB
        #   max_total_size: 500MB
        #   timeout: 20             # seconds to connect, or to wait for the next bytes
        #   transfer_timeout: 60    # seconds for one whole file
        #   concurrency: 4          # requests at once, never two to the same host

        """

    /// The first article, dated `date`: what an article file looks like and what to do next.
    public static func welcome(title: String, date: ArticleDate) -> String {
        let matter = FrontMatter(title: "Welcome to \(title)", date: date, tags: ["about"],
                                 summary: "This site is new: how to write articles, bring in feeds and publish it.")
        let body = """
            This is the first article of the site, written by hand. It is a Markdown file in
            `content/`, with its settings between the two `---` lines at its top: the title,
            the date, tags and, if you like, `author:`, `summary:` or `draft: true` (a draft is
            built only by `broadsheet build --drafts`). Edit it, or delete it once the site
            has articles of its own.

            ## Writing

            Add a file such as `content/2025/harbour-opens.md` for each article. The file's name
            is the article's address; its year folder only keeps `content/` tidy. Write in
            Markdown: *emphasis*, **strong**, lists, quotes, links and pictures.

            ## Feeds

            To publish a feed, copy it into `feeds/` and list it under `sources:` in
            `site.yml`, or list its web address there and run `broadsheet fetch`. `broadsheet
            import` turns a feed into files in `content/` that you can edit.

            ## Publishing

            `broadsheet build` writes the site into `public/`, with `book.epub` and
            `digest.html`; open `public/index.html`, or copy the folder to any web server.
            `broadsheet check` then verifies every link, picture, feed and the book.
            """
        return ArticleFileFormat.text(of: ArticleFile(frontMatter: matter, body: Markdown(body)))
    }
}
