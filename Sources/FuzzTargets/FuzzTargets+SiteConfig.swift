import ArticleModel
import Foundation
import SiteFiles

extension FuzzTargets {
    /// `site.yml` on arbitrary bytes. Properties: no crash; an error names the file; a file
    /// that parses has a page size between 1 and 10,000, a non-negative book limit, and its
    /// warnings name the file; `keys(in:)` never crashes either.
    public static func siteConfig(_ data: Data) {
        let path = "fuzz/site.yml"
        let text = String(decoding: data, as: UTF8.self)
        _ = SiteConfigFormat.keys(in: text)
        do {
            let (config, warnings) = try SiteConfigFormat.parse(text, file: path)
            require((1...10_000).contains(config.pageSize), "page size \(config.pageSize) was accepted", input: text)
            require(config.book.limit >= 0, "book limit \(config.book.limit) was accepted", input: text)
            for warning in warnings {
                require(warning.file == path, "a warning names \(warning.file.debugDescription), not the file: \(warning)", input: text)
            }
        } catch {
            require(error.file == path, "the error names \(error.file.debugDescription), not the file: \(error)", input: text)
        }
    }
}
