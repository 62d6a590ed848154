import ArticleModel
import EbookBundle
import Foundation
import SiteCheck

extension Pipeline {
    /// Checks a built site from its files, as readers will meet it (``SiteChecker``): every
    /// address in every page and stylesheet leads to a file (and a `#fragment` to an element),
    /// relatively, so the site works under any sub-path and from disk; every feed parses; every
    /// book's structure holds (``EPUBInspector``), and epubcheck passes it when installed.
    /// Given a site folder, its `public/` is checked.
    ///
    /// 1. find      the output folder (a site's `public/`)
    /// 2. list      every file of it (pages, stylesheets, feeds and books are read one at a time)
    /// 3. site      links, anchors, pictures, stylesheets, feeds (SiteCheck)
    /// 4. books     each `.epub`'s container, package, manifest and spine (EbookBundle)
    /// 5. epubcheck each book, when installed and asked for: its exit status
    public static func check(_ request: CheckRequest) throws(PipelineError) -> CheckReport {
        let output = try checkedFolder(request.folder)
        let paths = Set(try SiteReader.files(below: output, named: output.lastPathComponent, hidden: true, reading: { _ in false }).keys)
        let counter = ProgressCounter("checking pages", total: paths.filter(SiteChecker.isPage).count, handler: request.progress)
        // Read one file at a time as the checker needs it: a large output is never held whole.
        let site = SiteChecker.check(paths: paths, contents: { try? SiteReader.read(output.appendingPathComponent($0)) },
                                     pageDone: { counter.advance() })
        let books = paths.filter { $0.lowercased().hasSuffix(".epub") }.sorted()
        var problems = site.problems
        for book in books {
            let data = (try? SiteReader.read(output.appendingPathComponent(book))) ?? Data()
            problems += EPUBInspector.problems(in: data, file: book)
        }
        let epubcheck = runEpubcheck(on: books, in: output, request: request, problems: &problems)
        return CheckReport(output: output, files: paths.count, pages: site.pages, links: site.references, feeds: site.feeds,
                           books: books.count, epubcheck: epubcheck, diagnostics: problems)
    }

    /// The output folder to check: a site folder's `public/` (which must exist), or a built
    /// output as it is.
    static func checkedFolder(_ folder: URL) throws(PipelineError) -> URL {
        guard SiteReader.isDirectory(folder) else {
            throw PipelineError("\(folder.path): no such folder", hint: "give a site folder or the folder a site was built into")
        }
        let fm = FileManager.default
        let isSite = fm.fileExists(atPath: folder.appendingPathComponent("site.yml").path)
            || SiteReader.isDirectory(folder.appendingPathComponent("content"))
        guard isSite else {
            guard fm.fileExists(atPath: folder.appendingPathComponent("index.html").path)
                    || fm.fileExists(atPath: folder.appendingPathComponent(OutputWriter.marker).path) else {
                throw PipelineError("\(folder.path) is neither a site folder (site.yml, content/) nor a built site (index.html)",
                                    hint: "give a site folder, or the folder broadsheet build wrote")
            }
            return folder
        }
        let output = folder.appendingPathComponent("public")
        guard SiteReader.isDirectory(output) else {
            throw PipelineError("\(folder.path) has not been built: it has no public/ folder",
                                hint: "run broadsheet build \(folder.path) first, or give the folder it was built into")
        }
        return output
    }

    /// epubcheck's verdict on each book, as problems; what became of it.
    private static func runEpubcheck(on books: [String], in output: URL, request: CheckRequest,
                                     problems: inout [Diagnostic]) -> CheckReport.Epubcheck {
        guard request.runEpubcheck, !books.isEmpty else { return .skipped }
        guard let command = Epubcheck.command() else {
            problems.append(Diagnostic(.note, file: books[0], "epubcheck is not installed: the book's structure was checked, not all of EPUB's rules",
                                       hint: "install epubcheck (Debian: apt install epubcheck) for the whole check"))
            return .notInstalled
        }
        var failed = 0
        for book in books {
            ProgressCounter.begin("running epubcheck on \(book)", handler: request.progress)
            let status = Epubcheck.status(of: output.appendingPathComponent(book), command: command, strict: request.strict)
            guard status != 0 else { continue }
            failed += 1
            let what = status.map { "epubcheck found problems (exit status \($0)\(request.strict ? ", warnings counted" : ""))" } ?? "epubcheck could not be started"
            problems.append(Diagnostic(.error, file: book, what,
                                       hint: "run \(command.joined(separator: " ")) \(output.appendingPathComponent(book).path) to read them"))
        }
        return .ran(books: books.count, failed: failed)
    }
}
