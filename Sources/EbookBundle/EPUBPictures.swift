import ArticleModel

/// The pictures a book packages: the cover image, then each stored picture its chapters show,
/// once, in order of first use, under `images/`; and the references the pages write for them.
///
/// A picture is packaged only when its name is a plain store name whose extension matches its
/// format, and the format is one every EPUB reader shows (the pipeline converts the others);
/// any other is shown as text, like a picture not in the store.
struct EPUBPictures {
    /// The manifest entries and bytes: the cover image first, then the article pictures.
    var files: [EPUBFile] = []
    /// How chapters refer to each packaged picture, by store file name.
    var references: [String: PictureReference] = [:]
    /// How the cover page refers to the cover image; nil for a text cover.
    var cover: PictureReference?

    /// The pictures of `plan` that `media` holds.
    init(_ plan: BookPlan, media: BookMedia) {
        if let picture = media.cover, EPUBPictures.isPackageable(picture, named: nil) {
            let path = EPUBLayout.coverImage + "." + picture.format.fileExtension
            files.append(.resource(path, id: EPUBLayout.coverImageID, mediaType: picture.format.mediaType,
                                   contents: picture.data, properties: "cover-image"))
            cover = PictureReference(src: path, width: picture.width, height: picture.height)
        }
        var packaged: Set<String> = []
        for name in plan.entries.flatMap(\.pictureUses) where references[name] == nil {
            guard let picture = media.book[name], EPUBPictures.isPackageable(picture, named: picture.fileName) else { continue }
            let path = EPUBLayout.images + picture.fileName
            if packaged.insert(picture.fileName).inserted {
                files.append(.resource(path, id: "image-" + picture.fileName, mediaType: picture.format.mediaType,
                                       contents: picture.data))
            }
            references[name] = PictureReference(src: path, width: picture.width, height: picture.height)
        }
    }

    /// Whether the picture can go into the book: a core media type, some bytes, and (for an
    /// article picture) a store name ending in its format's extension.
    private static func isPackageable(_ picture: BookPicture, named name: String?) -> Bool {
        guard picture.format.isEPUBCoreType, !picture.data.isEmpty else { return false }
        guard let name else { return picture.format != .svg }
        guard MediaFile.isStoreName(name), let dot = name.lastIndex(of: ".") else { return false }
        return ImageFormat(fileExtension: String(name[name.index(after: dot)...])) == picture.format
    }
}
