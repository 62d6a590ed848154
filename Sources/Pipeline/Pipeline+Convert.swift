import ArticleModel
import Foundation

extension Pipeline {
    /// Writes `markdown` to `file` (`broadsheet convert -o`), whole or not at all: into a
    /// temporary file beside it, then renamed over it, so an existing file is replaced and a
    /// failure leaves it as it was. A folder is never replaced.
    public static func write(_ markdown: Markdown, to file: URL) throws(PipelineError) {
        guard !SiteReader.isDirectory(file) else {
            throw PipelineError("\(file.path) is a folder", hint: "give the name of the Markdown file to write")
        }
        do {
            try Data(markdown.text.utf8).write(to: file, options: .atomic)
        } catch {
            throw PipelineError("cannot write \(file.path): \(error.localizedDescription)", hint: "check that its folder exists and is writable")
        }
    }
}
