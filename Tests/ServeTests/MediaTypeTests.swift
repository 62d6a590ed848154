import Testing
@testable import SiteServe

/// The `Content-Type` of every kind of file a build writes, by extension.
@Suite struct MediaTypeTests {
    static let cases: [(path: String, type: String)] = [
        ("index.html", "text/html; charset=utf-8"),
        ("2024/TIDES.HTML", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css; charset=utf-8"),
        ("assets/search.js", "text/javascript; charset=utf-8"),
        ("feed.json", "application/json; charset=utf-8"),
        ("feed.xml", "application/xml; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("media/cover.svg", "image/svg+xml"),
        ("media/a.png", "image/png"),
        ("media/a.jpg", "image/jpeg"),
        ("media/a.jpeg", "image/jpeg"),
        ("media/a.webp", "image/webp"),
        ("media/a.avif", "image/avif"),
        ("media/a.gif", "image/gif"),
        ("favicon.ico", "image/x-icon"),
        ("book.epub", "application/epub+zip"),
        ("assets/font.woff2", "font/woff2"),
        ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
        ("archive.tar.zst", "application/octet-stream"),
    ]

    @Test(arguments: cases.indices) func type(index: Int) {
        let (path, type) = Self.cases[index]
        #expect(MediaType.of(path) == type, "\(path)")
    }
}
