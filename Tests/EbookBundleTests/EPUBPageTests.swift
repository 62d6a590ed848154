import EbookBundle
import Foundation
import Testing

/// Whole generated pages compared with literal, reviewed text: any change to the markup
/// shows up here first.
@Suite("EPUB pages, literally")
struct EPUBPageTests {
    let book: EPUBContents

    init() throws {
        book = try EPUBContents(EPUBBuilder.epub(SampleArticles.all, config: SampleArticles.config,
                                                 stylesheet: "", modified: SampleArticles.modified))
    }

    static func page(title: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
        <head>
        <meta charset="UTF-8" />
        <title>\(title)</title>
        <link rel="stylesheet" type="text/css" href="style.css" />
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    @Test("the text cover")
    func cover() {
        #expect(book.text("OEBPS/cover.xhtml") == EPUBPageTests.page(title: "The Harbour Gazette", body: """
            <section class="cover" epub:type="cover">
            <h1 class="cover-title">The Harbour Gazette</h1>
            <p class="cover-subtitle">News from the quay &amp; beyond</p>
            <p class="cover-dates">11 April 2024 – 28 June 2024</p>
            <p class="cover-author">Gazette Staff</p>
            </section>
            """))
    }

    @Test("a month's section page")
    func section() {
        #expect(book.text("OEBPS/month-2024-04.xhtml") == EPUBPageTests.page(title: "April 2024", body: """
            <section class="month" epub:type="part">
            <h1>April 2024</h1>
            <ul class="month-contents">
            <li><a href="chapter-005.xhtml">Quay repairs finished</a> <span class="month-date">11 April 2024</span></li>
            </ul>
            </section>
            """))
    }

    @Test("a chapter")
    func chapter() {
        #expect(book.text("OEBPS/chapter-005.xhtml") == EPUBPageTests.page(title: "Quay repairs finished", body: """
            <section class="chapter" epub:type="chapter">
            <article class="article" id="article-2024-quay-repairs-finished">
            <header class="article-header">
            <h1 class="article-title">Quay repairs finished</h1>
            <p class="byline">By Ana Souza</p>
            <p class="dateline"><time datetime="2024-04-11">11 April 2024</time> · 1 min read</p>
            <ul class="tags" aria-label="Tags"><li>Works</li></ul>
            </header>
            <div class="article-body">
            <blockquote><p>It took “nine months”, said the mayor.</p></blockquote><hr />
            </div>
            <nav class="article-nav" aria-label="Before and after: Quay repairs finished">
            <p class="article-nav-previous"><a rel="prev" href="chapter-004.xhtml"><span aria-hidden="true">← </span>Previous: Market day</a></p>
            </nav>
            </article>
            </section>
            """))
    }
}
