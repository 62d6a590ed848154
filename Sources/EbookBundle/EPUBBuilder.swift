import ArticleModel
import Foundation

/// Builds an EPUB 3 book from rendered articles, entirely in memory.
///
/// The book holds a cover (the cover image of ``BookMedia`` with the title in text, else text
/// alone), a title page, the contents (EPUB 3 navigation plus an EPUB 2 NCX), then a section
/// page per month, newest month first, each followed by its articles as chapters, newest
/// first; articles without a date come last, by title, in an "Undated" section. (`book.sections`
/// makes the sections tags or feeds instead, `book.order` runs them oldest first; see
/// ``BookPlan``.) Every chapter ends with links to the chapters before and after it. The stored
/// pictures ``BookMedia`` holds are packaged under `images/`; other images and embedded
/// media become their alt text and a link, so the book holds no remote resource. The same
/// input gives byte-identical output.
///
/// ```swift
/// let data = try EPUBBuilder.epub(articles, config: config, stylesheet: css, modified: newest)
/// ```
public enum EPUBBuilder {
    /// The EPUB file's bytes.
    ///
    /// `stylesheet` is the CSS text for e-readers (the pipeline reads it from
    /// `Layouts/book/epub.css`, overridable by a site). `modified` is the book's
    /// `dcterms:modified` (the pipeline passes the newest article's date, or
    /// `SOURCE_DATE_EPOCH`), and `dc:date` when no article has a date. Articles may come in any order; `config.book` sets the title,
    /// author, identifier and article limit. `media` holds the pictures to package.
    public static func epub(_ articles: [RenderedArticle], config: SiteConfig, stylesheet: String,
                            modified: ArticleDate, media: BookMedia = .none) throws -> Data {
        try epub(BookPlan(articles, config: config), config: config, stylesheet: stylesheet, modified: modified, media: media)
    }

    /// The EPUB of an already planned book.
    static func epub(_ plan: BookPlan, config: SiteConfig, stylesheet: String, modified: ArticleDate,
                     media: BookMedia) throws -> Data {
        let pictures = EPUBPictures(plan, media: media)
        let pages = contentPages(plan, defaultAuthor: config.author, pictures: pictures)
        var resources: [EPUBFile] = [
            .resource(EPUBLayout.ncx, id: "ncx", mediaType: EPUBPackage.ncxMediaType, contents: Data(NCXDocument.document(plan).utf8)),
            .resource(EPUBLayout.stylesheet, id: "style", mediaType: "text/css", contents: Data(stylesheet.utf8)),
        ]
        resources += pictures.files
        let archive = try EPUBArchive()
        try archive.add("META-INF/container.xml", Data(containerDocument.utf8))
        let package = EPUBPackage.document(plan, files: pages.map(\.file) + resources, modified: modified)
        try archive.add(EPUBLayout.folder + EPUBLayout.packageDocument, Data(package.utf8))
        // The pages are written and deflated a chunk at a time on every core, so that only one
        // chunk of them is ever held beside the archive.
        for start in stride(from: 0, to: pages.count, by: pagesPerChunk) {
            let chunk = pages[start..<min(start + pagesPerChunk, pages.count)]
            let encoded = try Parallel.map(chunk.count) { index in
                let page = chunk[chunk.startIndex + index]
                return try ZIPEncodedEntry(EPUBLayout.folder + page.file.path, Data(page.write().utf8), compressed: true)
            }
            for entry in encoded { try archive.add(entry) }
        }
        for file in resources {
            try archive.add(EPUBLayout.folder + file.path, file.contents,
                            compressed: !EPUBBuilder.storedMediaTypes.contains(file.mediaType))
        }
        return try archive.data()
    }

    /// How many pages are written and deflated together.
    static let pagesPerChunk = 256

    /// The XHTML pages in reading order (cover, title page, contents, then sections and
    /// articles), each with its contents still to be written.
    static func contentPages(_ plan: BookPlan, defaultAuthor: String?, pictures: EPUBPictures) -> [EPUBPage] {
        let (cover, references) = (pictures.cover, pictures.references)
        var pages: [EPUBPage] = [
            EPUBPage(EPUBLayout.cover, id: "cover") { EPUBPages.cover(plan, image: cover) },
            EPUBPage(EPUBLayout.titlePage, id: "title-page") { EPUBPages.titlePage(plan) },
            EPUBPage(EPUBLayout.navigation, id: "nav", properties: "nav") { EPUBNavigation.document(plan) },
        ]
        let entries = plan.entries
        var position = 0
        for group in plan.groups {
            pages.append(EPUBPage(group.fileName, id: group.pageID) { EPUBPages.section(group, plan: plan) })
            for entry in group.entries {
                let id = String(entry.fileName.dropLast(".xhtml".count))
                let previous = position > 0 ? entries[position - 1] : nil
                let next = position + 1 < entries.count ? entries[position + 1] : nil
                pages.append(EPUBPage(entry.fileName, id: id) {
                    EPUBPages.chapter(entry, previous: previous, next: next, plan: plan, defaultAuthor: defaultAuthor, pictures: references)
                })
                position += 1
            }
        }
        return pages
    }

    /// Media types written into the zip as they are: JPEG, PNG and GIF are compressed already,
    /// so deflating them again would only cost time.
    static let storedMediaTypes: Set<String> = [ImageFormat.jpeg.mediaType, ImageFormat.png.mediaType, ImageFormat.gif.mediaType]

    /// `META-INF/container.xml`: where the package document is.
    static let containerDocument = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
    <rootfile full-path="\(EPUBLayout.folder + EPUBLayout.packageDocument)" media-type="application/oebps-package+xml" />
    </rootfiles>
    </container>

    """
}
