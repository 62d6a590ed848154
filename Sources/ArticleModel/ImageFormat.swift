/// A picture format, as told by a file's first bytes (never by its name or a server's header).
public enum ImageFormat: String, Hashable, Sendable, CaseIterable, Codable {
    /// JPEG (JFIF or Exif).
    case jpeg
    /// PNG.
    case png
    /// GIF 87a or 89a.
    case gif
    /// WebP (RIFF container).
    case webp
    /// AVIF (an ISO-BMFF file of brand `avif` or `avis`).
    case avif
    /// SVG: text, so it may carry script; kept only once made safe.
    case svg

    /// The file extension the media store gives it, without the dot.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .gif: "gif"
        case .webp: "webp"
        case .avif: "avif"
        case .svg: "svg"
        }
    }

    /// The media type, as written in an EPUB manifest or a `data:` address.
    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .avif: "image/avif"
        case .svg: "image/svg+xml"
        }
    }

    /// Whether every EPUB 3 reader must show it (a core media type of EPUB 3.2); the others
    /// are converted before they go into a book.
    public var isEPUBCoreType: Bool {
        switch self {
        case .jpeg, .png, .gif, .svg: true
        case .webp, .avif: false
        }
    }

    /// The format a file name's extension stands for (`jpg`, `jpeg`, `png`, …), if any.
    public init?(fileExtension: String) {
        let lower = fileExtension.lowercased()
        if lower == "jpeg" { self = .jpeg; return }
        guard let format = ImageFormat.allCases.first(where: { $0.fileExtension == lower }) else { return nil }
        self = format
    }
}
