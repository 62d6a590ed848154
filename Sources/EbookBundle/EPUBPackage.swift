import ArticleModel

/// The package document (`content.opf`): metadata, the manifest of every file and the spine.
enum EPUBPackage {
    /// The whole `content.opf` for `files`, listed in reading order. `dc:date` is the newest
    /// article's date, else (no article dated) the day of `modified`.
    static func document(_ plan: BookPlan, files: [EPUBFile], modified: ArticleDate) -> String {
        let published = DateText.packageDay(plan.newestDate ?? modified)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" \
        xml:lang="\(attr(plan.language))">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:identifier id="book-id">\(text(plan.identifier))</dc:identifier>
        <dc:title>\(text(plan.title))</dc:title>
        <dc:language>\(text(plan.language))</dc:language>
        <dc:creator>\(text(plan.author))</dc:creator>
        <dc:date>\(published)</dc:date>

        """
        if !plan.description.isEmpty { out += "<dc:description>\(text(plan.description))</dc:description>\n" }
        // EPUB 2 readers find the cover image by this; EPUB 3 ones by the manifest property.
        if files.contains(where: { $0.id == EPUBLayout.coverImageID }) {
            out += "<meta name=\"cover\" content=\"\(EPUBLayout.coverImageID)\" />\n"
        }
        out += "<meta property=\"dcterms:modified\">\(DateText.utcStamp(modified))</meta>\n</metadata>\n"
        return out + manifest(files) + spine(files, direction: plan.direction) + "</package>\n"
    }

    private static func manifest(_ files: [EPUBFile]) -> String {
        var out = "<manifest>\n"
        for file in files {
            let properties = file.properties.isEmpty ? "" : " properties=\"\(attr(file.properties))\""
            out += "<item id=\"\(attr(file.id))\" href=\"\(attr(file.path))\" media-type=\"\(file.mediaType)\"\(properties) />\n"
        }
        return out + "</manifest>\n"
    }

    /// The reading order; a right-to-left book's pages turn from right to left.
    private static func spine(_ files: [EPUBFile], direction: TextDirection) -> String {
        let ncx = files.first { $0.mediaType == EPUBPackage.ncxMediaType }
        let progression = direction == .rtl ? " page-progression-direction=\"rtl\"" : ""
        var out = ncx.map { "<spine toc=\"\(attr($0.id))\"\(progression)>\n" } ?? "<spine\(progression)>\n"
        for file in files where file.inSpine { out += "<itemref idref=\"\(attr(file.id))\" />\n" }
        return out + "</spine>\n"
    }

    /// The media type of an NCX file.
    static let ncxMediaType = "application/x-dtbncx+xml"
}
