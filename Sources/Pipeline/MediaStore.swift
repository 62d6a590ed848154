import ArticleModel
import Digest
import Foundation
import ImageKit
import SiteFiles
import WebFetch

/// The pictures `fetch` keeps in `media/`, with the record `media/index.json`. A download is
/// kept only when its bytes are a picture (the type read from them, never from the server's
/// header or the address), and never an SVG; it is named by its content's SHA-256 and its
/// real type's extension, so two addresses with the same bytes share a file. The record is
/// written after every batch of pictures and at the end, so an interrupted run keeps what it
/// fetched.
final class MediaStore: @unchecked Sendable {
    /// The `Accept` header of picture requests: formats every reader shows first.
    static let accept = "image/png, image/jpeg, image/gif, image/webp;q=0.8, image/avif;q=0.7, */*;q=0.5"
    /// Pictures stored between two writes of the record (more once the record is large).
    static let batchSize = 16

    private let lock = NSLock()
    private let folder: StoreFolder
    private let tally: FetchTally
    private var record: MediaRecord
    private var sourceByKey: [String: String] = [:]
    private var unsaved = 0
    private var saveProblem: PipelineError?

    /// The store of the site in `site`, starting from `record`; `media/` is created if missing.
    init(site: URL, record: MediaRecord, tally: FetchTally) throws(PipelineError) {
        folder = try StoreFolder.prepare(MediaLibrary.folder, in: site)
        self.record = record
        self.tally = tally
        for source in record.images.keys { sourceByKey[MediaLibrary.key(source)] = source }
    }

    /// Keeps a downloaded picture, or counts why not.
    func store(_ result: WebResult) {
        lock.lock()
        defer { lock.unlock() }
        let address = result.request.address
        switch result.outcome {
        case .failure(let failure):
            tally.failed(address, failure.description)
        case .success(let response):
            switch MediaStore.picture(response) {
            case .failure(let refusal): tally.failed(address, refusal.description, bytes: response.body.count)
            case .success(let header): keep(response.body, header, for: address)
            }
        }
    }

    /// Writes the record atomically; also the first error a batch's write met, if any.
    func save() throws(PipelineError) {
        lock.lock()
        defer { lock.unlock() }
        try writeRecord()
        if let saveProblem { throw saveProblem }
    }

    /// The header of a response that is a picture to keep, or why it is not one.
    static func picture(_ response: WebResponse) -> Result<ImageHeader, PictureRefusal> {
        guard let header = ImageHeader.read(response.body) else {
            return .failure(PictureRefusal("not an image: the bytes are no JPEG, PNG, GIF, WebP or AVIF picture\(FeedStore.served(response))"))
        }
        guard header.format != .svg else {
            return .failure(PictureRefusal("SVG refused: an SVG file can carry scripts, and Broadsheet does not clean SVG"))
        }
        return .success(header)
    }

    private func keep(_ body: Data, _ header: ImageHeader, for address: String) {
        let file = SHA256.hex(body).prefix(32) + "." + header.format.fileExtension
        if !folder.contains(file) {
            do {
                try folder.write(body, as: file)
            } catch {
                tally.failed(address, error.message, bytes: body.count)
                return
            }
        }
        let key = MediaLibrary.key(address)
        if let earlier = sourceByKey[key] { record.images[earlier] = nil }  // the same picture under another spelling
        sourceByKey[key] = address
        record.images[address] = MediaRecord.Entry(file: file, type: header.format, width: header.width, height: header.height, bytes: body.count)
        tally.fetched(bytes: body.count)
        unsaved += 1
        if unsaved >= max(MediaStore.batchSize, record.images.count / 8) {
            do { try writeRecord() } catch { if saveProblem == nil { saveProblem = error } }
        }
    }

    private func writeRecord() throws(PipelineError) {
        try folder.write(record.json, as: URL(fileURLWithPath: MediaRecord.path).lastPathComponent)
        unsaved = 0
    }
}
