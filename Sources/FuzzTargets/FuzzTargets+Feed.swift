import ArticleModel
import FeedImport
import Foundation

extension FuzzTargets {
    /// The feed importer on arbitrary bytes (every format: the sniffer picks one from the
    /// content). Properties: no crash; a file with no feed says why with an error; every
    /// diagnostic names the file; every entry has a non-empty title and valid UTF-8 text.
    public static func feed(_ data: Data) {
        let file = "fuzz/feed.xml"
        let result = FeedImporter.read(data, file: file)
        let shown = String(decoding: data, as: UTF8.self)
        if result.feed == nil {
            require(result.diagnostics.contains { $0.severity == .error }, "no feed and no error saying why", input: shown)
        }
        for diagnostic in result.diagnostics {
            require(diagnostic.file == file, "a diagnostic names \(diagnostic.file.debugDescription), not the file: \(diagnostic)", input: shown)
        }
        for entry in result.feed?.entries ?? [] {
            require(!entry.title.isEmpty, "an entry with an empty title", input: shown)
            require(isValidUTF8(entry.title) && isValidUTF8(entry.body.html), "an entry with invalid UTF-8", input: shown)
        }
    }

    /// The format the importer reads `data` as, or nil when it reads none (for checking that
    /// the seeds cover every format).
    public static func feedFormat(of data: Data) -> FeedFormat? {
        FeedImporter.detect(data)
    }
}
