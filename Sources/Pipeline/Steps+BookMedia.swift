import ArticleModel
import EbookBundle
import Foundation
import ImageKit

/// The step that prepares the book's pictures from the media store, as values EbookBundle
/// packages (it decodes nothing itself):
///
/// - for `book.epub`, each stored picture the book shows, once: JPEG, PNG and GIF as they are
///   (re-encoded only to turn one upright), WebP and AVIF converted to JPEG, or PNG when
///   transparent, SVG as it is; a picture that cannot be converted is left out with a warning
///   (the book shows its alt text and a link, as for a picture never fetched);
/// - for `digest.html`, the same pictures no wider than `book.digest_image_width`, taken in
///   reading order while they fit in `book.digest_image_budget` (each counted as many times as
///   it is shown, at its base64 size); from the first that does not fit on, the rest stay
///   links, and one warning says how many;
/// - the cover: drawn with the book's title, its date range and the newest stored lead image.
enum BookMediaSteps {
    /// A stored picture and the number of places the book shows it.
    struct Use {
        /// The picture in the store.
        var file: MediaFile
        /// How many times the book shows it.
        var count: Int
    }

    /// Every picture `plan` needs, prepared from the store's `files` (bytes by store name).
    static func media(for plan: BookPlan, options: BookOptions, files: [String: Data], log: inout [Diagnostic]) -> BookMedia {
        let uses = distinct(plan.pictureUses)
        let book = bookPictures(uses, files: files, log: &log)
        let digest = digestPictures(uses.filter { book[$0.file.file] != nil }, files: files, options: options, log: &log)
        return BookMedia(book: book, digest: digest, cover: cover(plan, files: files, log: &log))
    }

    /// The cover's size in pixels: 2:3, the shape e-book shops ask for.
    static let coverSize = (width: 1600, height: 2400)

    /// The cover drawn with the book's title, its date range and the newest stored lead image;
    /// without that image when it cannot be read (a warning), nil when even that fails.
    static func cover(_ plan: BookPlan, files: [String: Data], log: inout [Diagnostic]) -> BookPicture? {
        let lead = plan.coverPicture.flatMap { files[$0.file] }
        func draw(_ image: Data?) throws(ImageError) -> BookPicture {
            let data = try CoverArt.render(title: plan.title, subtitle: plan.dateRange, image: image,
                                           width: coverSize.width, height: coverSize.height)
            return BookPicture(fileName: "cover.jpg", format: .jpeg, data: data, width: coverSize.width, height: coverSize.height)
        }
        do {
            return try draw(lead)
        } catch {
            guard lead != nil, let picture = try? draw(nil) else {
                log.append(Diagnostic(.warning, file: OutputSteps.bookPath, "no cover image: \(error.message); the cover is text only",
                                      hint: error.hint ?? "install fonts-dejavu-core (scripts/install-deps.sh)"))
                return nil
            }
            let file = plan.coverPicture.map { MediaLibrary.folder + "/" + $0.file } ?? OutputSteps.bookPath
            log.append(Diagnostic(.warning, file: file, "the cover is drawn without its picture: \(error.message)",
                                  hint: error.hint ?? "delete the file and run `broadsheet fetch` to download it again"))
            return picture
        }
    }

    /// The pictures in order of first use, each once, with how often it is shown.
    static func distinct(_ pictureUses: [MediaFile]) -> [Use] {
        var index: [String: Int] = [:]
        var uses: [Use] = []
        for file in pictureUses {
            if let at = index[file.file] {
                uses[at].count += 1
            } else {
                index[file.file] = uses.count
                uses.append(Use(file: file, count: 1))
            }
        }
        return uses
    }

    /// The book's copy of each picture, by store name; failures are warnings.
    private static func bookPictures(_ uses: [Use], files: [String: Data], log: inout [Diagnostic]) -> [String: BookPicture] {
        let results = Parallel.map(uses) { use in
            Result { () throws(ImageError) in try picture(use.file, files: files, maxWidth: nil) }
        }
        var out: [String: BookPicture] = [:]
        for (use, result) in zip(uses, results) {
            switch result {
            case .success(let picture): out[use.file.file] = picture
            case .failure(let error): log.append(unusable(use.file, error))
            }
        }
        return out
    }

    /// The digest's copies, in reading order while the budget lasts. Pictures are prepared a
    /// few at a time on all cores, so no work is spent far past the point where it runs out.
    private static func digestPictures(_ uses: [Use], files: [String: Data], options: BookOptions,
                                       log: inout [Diagnostic]) -> [String: BookPicture] {
        var out: [String: BookPicture] = [:]
        var spent = 0
        var start = 0
        let batch = max(8, 2 * ProcessInfo.processInfo.activeProcessorCount)
        while start < uses.count {
            let slice = Array(uses[start..<min(start + batch, uses.count)])
            let made = Parallel.map(slice) { use in try? picture(use.file, files: files, maxWidth: options.digestImageWidth) }
            for (offset, (use, picture)) in zip(slice, made).enumerated() {
                guard let picture else { continue }
                let cost = base64Length(picture.data.count) * use.count
                guard spent + cost <= options.digestImageBudget.bytes else {
                    log.append(budgetNote(left: Array(uses[(start + offset)...]), embedded: out.count, spent: spent, options: options))
                    return out
                }
                spent += cost
                out[use.file.file] = picture
            }
            start += batch
        }
        return out
    }

    /// One stored picture made ready: converted by ImageKit when its format or size asks for
    /// it, else its bytes as they are (SVG always, since it cannot be rasterised here).
    static func picture(_ file: MediaFile, files: [String: Data], maxWidth: Int?) throws(ImageError) -> BookPicture {
        guard let data = files[file.file] else {
            throw ImageError(.unreadable, "its file is not in \(MediaLibrary.folder)/", hint: "run `broadsheet fetch` to download it again")
        }
        if file.format == .svg {
            return BookPicture(fileName: file.file, format: .svg, data: data, width: file.width, height: file.height)
        }
        let converted = try ImageConverter.convert(data, maxWidth: maxWidth)
        let name = file.file.prefix { $0 != "." } + "." + converted.format.fileExtension
        return BookPicture(fileName: String(name), format: converted.format, data: converted.data,
                           width: converted.width, height: converted.height)
    }

    /// The length of `count` bytes written in base64.
    static func base64Length(_ count: Int) -> Int { (count + 2) / 3 * 4 }

    private static func unusable(_ file: MediaFile, _ error: ImageError) -> Diagnostic {
        Diagnostic(.warning, file: MediaLibrary.folder + "/" + file.file,
                   "the picture from \(file.source) cannot go into the book: \(error.message); book.epub and digest.html show its alt text and a link",
                   hint: error.hint ?? "delete the file and run `broadsheet fetch` to download it again")
    }

    private static func budgetNote(left: [Use], embedded: Int, spent: Int, options: BookOptions) -> Diagnostic {
        let places = left.reduce(0) { $0 + $1.count }
        let pictures = left.count == 1 ? "1 picture" : "\(left.count) pictures"
        return Diagnostic(.warning, file: OutputSteps.digestPath,
                          "\(pictures) (\(places == 1 ? "1 place" : "\(places) places")) shown as links, not embedded: "
                          + "the \(embedded) embedded before \(left.count == 1 ? "it" : "them") take \(ByteSize(spent)) "
                          + "of book.digest_image_budget (\(options.digestImageBudget))",
                          hint: "raise book.digest_image_budget or lower book.digest_image_width in site.yml; book.epub holds every picture")
    }
}
