import ArticleModel

/// What the build cache keeps of the last whole build (`.broadsheet/cache/build.bin`): the key
/// of everything it read, the scan of its inputs (for the next scan's stamps), every entry of
/// the output folder it left, and its report. When the next build's key is the same and the
/// output folder still holds exactly those entries with the same stamps, that build is over at
/// once with this report.
struct BuildRecord: Sendable {
    /// The build's key (``CacheSession``): inputs, settings and program.
    var key: String
    /// The input files as the build's scan found them.
    var inputs: [InputScan.Entry]
    /// The output folder's entries after the build wrote it.
    var output: [FolderWalk.Entry]
    /// The report's counts: articles, drafts, pages, files and the book's size.
    var articles: Int, drafts: Int, pages: Int, files: Int, bookBytes: Int
    /// The report's diagnostics (without the cache's own notes).
    var diagnostics: [Diagnostic]

    /// The record as bytes for a ``CacheFile``.
    func payload() -> [UInt8] {
        var writer = CacheWriter()
        writer.string(key)
        writer.int(inputs.count)
        for input in inputs {
            writer.string(input.path)
            input.stamp.write(to: &writer)
            writer.string(input.digest)
            writer.bool(input.trusted)
        }
        writer.int(output.count)
        for entry in output {
            writer.string(entry.path)
            entry.stamp.write(to: &writer)
        }
        for count in [articles, drafts, pages, files, bookBytes] { writer.int(count) }
        writer.diagnostics(diagnostics)
        return writer.bytes
    }

    /// Reads what ``payload()`` wrote.
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        key = try reader.string()
        inputs = []
        for _ in 0..<(try reader.count()) {
            inputs.append(InputScan.Entry(path: try reader.string(), stamp: try FileStamp(from: &reader), digest: try reader.string(),
                                          trusted: try reader.bool()))
        }
        output = []
        for _ in 0..<(try reader.count()) {
            output.append(FolderWalk.Entry(path: try reader.string(), stamp: try FileStamp(from: &reader)))
        }
        (articles, drafts, pages, files, bookBytes) = (try reader.int(), try reader.int(), try reader.int(), try reader.int(), try reader.int())
        diagnostics = try reader.diagnostics()
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
    }

    /// Creates a record of a build whose report is `report`.
    init(key: String, inputs: [InputScan.Entry], output: [FolderWalk.Entry], report: BuildReport, diagnostics: [Diagnostic]) {
        self.key = key
        self.inputs = inputs
        self.output = output
        (articles, drafts, pages, files, bookBytes) = (report.articles, report.drafts, report.pages, report.files, report.bookBytes)
        self.diagnostics = diagnostics
    }
}
