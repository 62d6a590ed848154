/// Settings for the e-book and the digest.
public struct BookOptions: Hashable, Sendable {
    /// Whether to write `book.epub` and `digest.html` at all.
    public var enabled: Bool
    /// The book's title; empty means the site's title.
    public var title: String
    /// The book's author or publisher; nil means the site's author.
    public var author: String?
    /// A stable identifier for the book; empty means one derived from the site's title and base URL.
    public var identifier: String
    /// At most this many articles, newest first; 0 means all.
    public var limit: Int
    /// The widest a picture is shown in the digest, in pixels: wider stored pictures are
    /// downscaled to it (`digest_image_width`, 800 by default).
    public var digestImageWidth: Int
    /// The most the digest's embedded pictures may weigh together, as written in the page
    /// (base64); pictures after the one that would pass it stay links (`digest_image_budget`,
    /// 25 MB by default; 0 embeds none).
    public var digestImageBudget: ByteSize
    /// How the articles are divided into sections (`sections`: month by default).
    public var sections: BookSectioning
    /// Which way the sections (when they are months) and the chapters in them run (`order`:
    /// newest first by default).
    public var order: BookOrder

    /// The smallest and largest `digest_image_width`.
    public static let digestImageWidths = 16...10_000

    /// Creates book settings.
    public init(enabled: Bool = true, title: String = "", author: String? = nil, identifier: String = "", limit: Int = 0,
                digestImageWidth: Int = 800, digestImageBudget: ByteSize = ByteSize(25 << 20),
                sections: BookSectioning = .month, order: BookOrder = .newestFirst) {
        self.enabled = enabled
        self.title = title
        self.author = author
        self.identifier = identifier
        self.limit = max(0, limit)
        self.digestImageWidth = min(max(digestImageWidth, BookOptions.digestImageWidths.lowerBound), BookOptions.digestImageWidths.upperBound)
        self.digestImageBudget = ByteSize(max(0, digestImageBudget.bytes))
        self.sections = sections
        self.order = order
    }
}
