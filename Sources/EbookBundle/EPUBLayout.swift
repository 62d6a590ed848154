/// The fixed names inside the EPUB container, relative to the `OEBPS/` folder unless noted.
enum EPUBLayout {
    /// The folder holding the package document and every content file.
    static let folder = "OEBPS/"
    /// The package document.
    static let packageDocument = "content.opf"
    /// The EPUB 3 navigation document.
    static let navigation = "nav.xhtml"
    /// The EPUB 2 table of contents.
    static let ncx = "toc.ncx"
    /// The stylesheet.
    static let stylesheet = "style.css"
    /// The generated text cover.
    static let cover = "cover.xhtml"
    /// The title page.
    static let titlePage = "title.xhtml"
    /// The folder of the article pictures; each keeps the file name the pipeline gave it.
    static let images = "images/"
    /// The cover image's name without its extension (`cover.jpg`).
    static let coverImage = "cover"
    /// The cover image's manifest id.
    static let coverImageID = "cover-image"
}
