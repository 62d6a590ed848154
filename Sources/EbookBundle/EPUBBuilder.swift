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
        var files = contentFiles(plan, defaultAuthor: config.author, pictures: pictures)
        files.append(.resource(EPUBLayout.ncx, id: "ncx", mediaType: EPUBPackage.ncxMediaType,
                               contents: Data(NCXDocument.document(plan).utf8)))
        files.append(.resource(EPUBLayout.stylesheet, id: "style", mediaType: "text/css", contents: Data(stylesheet.utf8)))
        files += pictures.files
        let archive = try EPUBArchive()
        try archive.add("META-INF/container.xml", Data(containerDocument.utf8))
        let package = EPUBPackage.document(plan, files: files, modified: modified)
        try archive.add(EPUBLayout.folder + EPUBLayout.packageDocument, Data(package.utf8))
        for file in files {
            try archive.add(EPUBLayout.folder + file.path, file.contents,
                            compressed: !EPUBBuilder.storedMediaTypes.contains(file.mediaType))
        }
        return try archive.data()
    }

    /// The XHTML files in reading order: cover, title page, contents, then sections and articles.
    static func contentFiles(_ plan: BookPlan, defaultAuthor: String?, pictures: EPUBPictures) -> [EPUBFile] {
        var files: [EPUBFile] = [
            .page(EPUBLayout.cover, id: "cover", contents: EPUBPages.cover(plan, image: pictures.cover)),
            .page(EPUBLayout.titlePage, id: "title-page", contents: EPUBPages.titlePage(plan)),
            .page(EPUBLayout.navigation, id: "nav", contents: EPUBNavigation.document(plan), properties: "nav"),
        ]
        let entries = plan.entries
        var position = 0
        for group in plan.groups {
            files.append(.page(group.fileName, id: group.pageID, contents: EPUBPages.section(group, plan: plan)))
            for entry in group.entries {
                let id = String(entry.fileName.dropLast(".xhtml".count))
                let previous = position > 0 ? entries[position - 1] : nil
                let next = position + 1 < entries.count ? entries[position + 1] : nil
                let chapter = EPUBPages.chapter(entry, previous: previous, next: next, plan: plan, defaultAuthor: defaultAuthor,
                                                pictures: pictures.references)
                files.append(.page(entry.fileName, id: id, contents: chapter))
                position += 1
            }
        }
        return files
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
