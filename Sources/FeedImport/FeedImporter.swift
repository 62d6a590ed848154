import ArticleModel
import Foundation

/// Reads feeds into ``FeedImportResult``s, recognising the format from the content:
///
/// ```swift
/// let result = FeedImporter.read(data, file: "feeds/news.xml")
/// for entry in result.feed?.entries ?? [] { print(entry.title) }
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// ```
///
/// Reads RSS 2.0 (and 0.9x and RSS 1.0 / RDF), Atom 0.3 and 1.0, JSON Feed 1.x, WordPress exports
/// (WXR) and flattened feed text. Broken items are reported and skipped; the rest still import.
public enum FeedImporter {
    /// The formats ``read(_:file:)`` reads.
    public static let supportedFormats: [FeedFormat] = [.rss, .rdf, .atom, .jsonFeed, .wordpress, .flattenedText]

    /// Detects the format from the content (never the file name) and reads it. `file` is the
    /// name used in diagnostics.
    public static func read(_ data: Data, file: String) -> FeedImportResult {
        // Pages are read by PageExtract; the pipeline sends them there (see ``readFeed(_:file:)``).
        readFeed(data, file: file) ?? FeedImportResult(feed: nil, diagnostics: [
            Diagnostic(.error, file: file, "the file is an HTML page, not a feed; FeedImporter reads feeds only",
                       hint: "pages are read by `broadsheet build` and `broadsheet import`, which extract their article"),
        ])
    }

    /// Like ``read(_:file:)``, but nil when `data` is an HTML page, which the caller reads
    /// another way: the bytes are normalised and their format recognised once.
    public static func readFeed(_ data: Data, file: String) -> FeedImportResult? {
        let (data, notes) = InputNormalizer.normalize(data, file: file)
        let format = FormatSniffer.format(of: data)
        if format == .html { return nil }
        var result = readNormalized(data, format: format, file: file)
        // Notes about repairs only matter when something could be read.
        result.diagnostics = (result.feed == nil ? [] : notes) + result.diagnostics
        return result
    }

    private static func readNormalized(_ data: Data, format: FeedFormat?, file: String) -> FeedImportResult {
        guard let format else { return failure(file, data.isEmpty ? "is empty" : "is not a feed Broadsheet recognises") }
        switch format {
        case .rss, .rdf: return RSSReader.read(data, file: file, format: format)
        case .atom: return AtomReader.read(data, file: file)
        case .jsonFeed: return JSONFeedReader.read(data, file: file)
        case .flattenedText: return FlattenedTextReader.read(data, file: file)
        case .wordpress: return WXRReader.read(data, file: file)
        case .html: return failure(file, "is an HTML page")  // not reached: readFeed returns nil first
        }
    }

    /// The format of `data`, or nil when it is none Broadsheet reads.
    public static func detect(_ data: Data) -> FeedFormat? {
        format(of: data).flatMap { supportedFormats.contains($0) ? $0 : nil }
    }

    /// The format of `data` as recognised from its content, HTML pages included (which
    /// ``read(_:file:)`` leaves to the pipeline's page reader); nil when it is none of them.
    /// The one decision on an input's format that `build` and `import` make.
    public static func format(of data: Data) -> FeedFormat? {
        let (normalized, _) = InputNormalizer.normalize(data, file: "")  // UTF-16 and friends, as `read` sees them
        return FormatSniffer.format(of: normalized)
    }

    private static func failure(_ file: String, _ what: String) -> FeedImportResult {
        let accepted = supportedFormats.map(name(of:)).joined(separator: ", ")
        let error = Diagnostic(.error, file: file, "the file \(what); nothing was imported",
                               hint: "convert it to one of the formats Broadsheet reads: \(accepted)")
        return FeedImportResult(feed: nil, diagnostics: [error])
    }

    private static func name(of format: FeedFormat) -> String {
        switch format {
        case .rss: return "RSS 2.0"
        case .rdf: return "RSS 1.0 (RDF)"
        case .atom: return "Atom (0.3 or 1.0)"
        case .jsonFeed: return "JSON Feed"
        case .wordpress: return "WordPress export (WXR)"
        case .flattenedText: return "flattened feed text"
        case .html: return "an HTML page"
        }
    }
}
