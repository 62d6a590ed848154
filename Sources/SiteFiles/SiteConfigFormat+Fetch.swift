import ArticleModel

extension SiteConfigFormat {
    static let fetchKeys: Set<String> = ["max_file_size", "max_total_size", "timeout", "transfer_timeout", "concurrency"]

    /// The `fetch:` section. A value that cannot be used is a warning naming its key, and the
    /// default stands: a typo in a download setting should not stop `build`, which ignores them.
    static func fetchOptions(_ fields: YAMLFields, warnings: inout [Diagnostic]) -> FetchOptions {
        warnings += fields.unknownKeys(known: fetchKeys, section: "fetch")
        let defaults = FetchOptions()
        func setting<T>(_ key: String, _ expected: String, _ read: (String) -> T?) -> T? {
            let found: String
            do {
                guard let text = try fields.string(key) else { return nil }
                if let value = read(text) { return value }
                found = "\"\(text.prefix(40))\""
            } catch {
                found = "a list or mapping"
            }
            warnings.append(Diagnostic(.warning, file: fields.file, line: fields.line(of: key),
                                       "`fetch.\(key)` must be \(expected), not \(found); used the default",
                                       hint: "see the comments in the sample Site/site.yml"))
            return nil
        }
        let size = { (text: String) in ByteSize(text: text).flatMap { $0.bytes > 0 ? $0 : nil } }
        func seconds(_ range: ClosedRange<Double>) -> (String) -> Double? {
            { text in Double(text).flatMap { range.contains($0) ? $0 : nil } }
        }
        return FetchOptions(
            maxFileSize: setting("max_file_size", "a size such as 20MB", size) ?? defaults.maxFileSize,
            maxTotalSize: setting("max_total_size", "a size such as 500MB", size) ?? defaults.maxTotalSize,
            timeout: setting("timeout", "seconds between 0.1 and 3600", seconds(0.1...3600)) ?? defaults.timeout,
            transferTimeout: setting("transfer_timeout", "seconds between 0.1 and 86400", seconds(0.1...86400)) ?? defaults.transferTimeout,
            concurrency: setting("concurrency", "a whole number from 1 to 16", { Int($0).flatMap { (1...16).contains($0) ? $0 : nil } })
                ?? defaults.concurrency)
    }
}
