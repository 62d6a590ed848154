import ArticleModel
import Foundation
import SiteFiles

/// The step that reads hand-written and imported Markdown files from `content/`.
enum ContentSteps {
    /// Parses every file (in parallel); a broken file is reported with its line and skipped.
    static func parse(_ inputs: [SiteSnapshot.Input], log: inout [Diagnostic]) -> [Draft] {
        let results = Parallel.map(inputs) { input -> Result<(Draft, [Diagnostic]), SiteFileError> in
            let text = String(decoding: input.data, as: UTF8.self)
            do throws(SiteFileError) {
                let (file, warnings) = try ArticleFileFormat.parse(text, file: input.name)
                let stem = ((input.name as NSString).lastPathComponent as NSString).deletingPathExtension
                return .success((Draft(file: file, origin: input.name, fileSlug: stem, isContentFile: true), warnings))
            } catch {
                return .failure(error)
            }
        }
        var drafts: [Draft] = []
        for result in results {
            switch result {
            case .success(let (draft, warnings)):
                drafts.append(draft)
                log += warnings
            case .failure(let error):
                log.append(Diagnostic(.error, file: error.file, line: error.line, error.message + "; file skipped", hint: error.hint))
            }
        }
        return drafts
    }
}
