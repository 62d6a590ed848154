import ArgumentParser
import ArticleModel
import Foundation
import Pipeline

/// `broadsheet check`: a built site verified from its files, as its readers will meet it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a built site: links, anchors, pictures, stylesheets, feeds and the book.",
        usage: "broadsheet check [<site-dir> | <output-dir>] [--no-epubcheck] [<options>]",
        discussion: """
        Reads the output of a build (for a site folder, its public/) and checks, from \
        the files alone: every link, picture, stylesheet and script address of every \
        page and stylesheet leads to a file of the output, and a #fragment to an element \
        with that id; every address is relative, so the site works under any sub-path \
        of a server and from disk (one starting with / does not); the Atom and RSS feeds \
        and the sitemap are well-formed XML and the JSON Feeds parse; the book opens as \
        an EPUB (mimetype first and stored, container.xml naming the package, every \
        manifest file present, every spine item in the manifest), and epubcheck passes \
        it when it is installed (--no-epubcheck skips it; its messages are not read, \
        run it yourself to see them). Web addresses are not visited: check never goes \
        online.

        Each problem is a line FILE:LINE: error: what (what to do). \(ExitStatus.help) \
        Here a problem is an item: 1 when there is any.

        Examples:
          broadsheet build Site && broadsheet check Site
          broadsheet check /tmp/site --no-epubcheck
          broadsheet check Site --strict     epubcheck warnings count too
        """)

    @Argument(help: "A site folder (its public/ is checked) or a folder a site was built into.", completion: .directory)
    var folder: String = "."

    @Flag(name: .customLong("no-epubcheck"), help: "Do not run epubcheck on the book, even when it is installed.")
    var skipEpubcheck = false

    @Flag(help: "Count warnings as problems too, epubcheck's included (exit status 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "List every problem, even when one repeats on many pages.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print errors only: no warnings, progress or summary.")
    var quiet = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose ask for opposite things: give one") }
    }

    func run() throws {
        let line = ProgressLine.forStandardError(quiet: quiet)
        let request = CheckRequest(folder: URL(fileURLWithPath: folder), runEpubcheck: !skipEpubcheck, strict: strict,
                                   progress: { line.show($0) })
        let report: CheckReport
        do {
            report = try Pipeline.check(request)
        } catch {
            line.clear()
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        line.clear()
        let output = DisplayPath.of(report.output)
        DiagnosticPrinter.print(report.diagnostics.map { $0.relocated(under: output) }, verbose: verbose, quiet: quiet)
        if !quiet { print(summary(report, output: output)) }
        try ExitStatus.check(report.diagnostics, strict: strict)
    }

    /// `Checked 56 pages, 2,310 links, 41 feeds and 1 book (epubcheck: valid) in Site/public: no problems`.
    private func summary(_ report: CheckReport, output: String) -> String {
        let books = report.books == 0 ? "" : " and \(DisplayPath.count(report.books, "book")) (\(epubcheck(report.epubcheck)))"
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        let found = errors + warnings == 0 ? "no problems"
            : [errors > 0 ? DisplayPath.count(errors, "error") : nil, warnings > 0 ? DisplayPath.count(warnings, "warning") : nil]
                .compactMap { $0 }.joined(separator: ", ")
        return "Checked \(DisplayPath.count(report.pages, "page")), \(DisplayPath.count(report.links, "link")), "
            + "\(DisplayPath.count(report.feeds, "feed"))\(books) in \(output): \(found)"
    }

    private func epubcheck(_ run: CheckReport.Epubcheck) -> String {
        switch run {
        case .notInstalled: return "epubcheck not installed"
        case .skipped: return "epubcheck skipped"
        case .ran(_, let failed): return failed == 0 ? "epubcheck: valid" : "epubcheck: \(failed) failed"
        }
    }
}

private extension Diagnostic {
    /// The diagnostic with its file named from the current folder: `Site/public/index.html`.
    func relocated(under output: String) -> Diagnostic {
        var copy = self
        copy.file = file.isEmpty ? output : output + "/" + file
        return copy
    }
}
