import ArticleModel
import EbookBundle
import Foundation

/// Articles with pictures in the media store, and the pictures themselves: the real, tiny
/// files of `Tests/ImageKitTests/Fixtures/` (drawn by its `make-fixtures.py`), read from the
/// repository so the book packages true JPEG, PNG and GIF bytes that epubcheck checks.
enum PictureFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ImageKitTests/Fixtures")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// Store entries, named as the store names them (content hash and extension).
    static let harbour = MediaFile(source: "https://cdn.example/harbour.jpg", file: "a1b2c3.jpg", format: .jpeg, width: 64, height: 48, bytes: 1234)
    static let chart = MediaFile(source: "https://cdn.example/chart.png", file: "d4e5f6.png", format: .png, width: 40, height: 40, bytes: 414)
    static let gull = MediaFile(source: "https://cdn.example/gull.gif", file: "0a0b0c.gif", format: .gif, width: 33, height: 17, bytes: 308)
    static let lead = MediaFile(source: "https://cdn.example/lead.jpg", file: "ffeedd.jpg", format: .jpeg, width: 64, height: 48, bytes: 1234)

    /// Newest first: the harbour story (a stored lead image, a figure, a linked picture, a
    /// remote one), then the chart story (the harbour picture again, also its lead image, and the gull).
    static var articles: [RenderedArticle] {
        var harbourStory = SampleArticles.make("Harbour at dawn", SampleArticles.date(6, 20), html: """
            <p>The boats came in.</p>
            <figure><img src="https://cdn.example/harbour.jpg" alt="Boats at the quay"><figcaption>Boats &amp; nets.</figcaption></figure>
            <p><a href="https://cdn.example/chart-page"><img src="https://cdn.example/chart.png" alt="Tide chart"></a></p>
            <p><img src="https://elsewhere.example/remote.jpg" alt="Not fetched"></p>
            """)
        harbourStory.article.image = lead.source
        harbourStory.images = [harbour.source: harbour, chart.source: chart, lead.source: lead]
        var chartStory = SampleArticles.make("Gulls and charts", SampleArticles.date(5, 2), html: """
            <p><img src="https://cdn.example/harbour.jpg" alt=""> <img src="https://cdn.example/gull.gif" alt="A gull"></p>
            """)
        chartStory.article.image = harbour.source
        chartStory.images = [harbour.source: harbour, gull.source: gull]
        return [chartStory, harbourStory]
    }

    /// The pictures for the book: each store file as it is, and a cover.
    static func media() throws -> BookMedia {
        let book = [
            harbour.file: BookPicture(fileName: harbour.file, format: .jpeg, data: try data("jpeg-baseline.jpg"), width: 64, height: 48),
            chart.file: BookPicture(fileName: chart.file, format: .png, data: try data("png-alpha.png"), width: 40, height: 40),
            gull.file: BookPicture(fileName: gull.file, format: .gif, data: try data("gif-89a.gif"), width: 33, height: 17),
            lead.file: BookPicture(fileName: lead.file, format: .jpeg, data: try data("jpeg-grey.jpg"), width: 40, height: 30),
        ]
        let cover = BookPicture(fileName: "cover.jpg", format: .jpeg, data: try data("jpeg-progressive.jpg"), width: 80, height: 60)
        return BookMedia(book: book, digest: book, cover: cover)
    }
}
