import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet build`: a site folder, or feed files, into a folder of HTML, an EPUB and a digest.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a site folder, or feed files, into a website, book.epub and digest.html.",
        usage: """
            broadsheet build [<site-dir>] [--output <dir>] [<options>]
            broadsheet build <feed> ... --output <dir> [<options>]
            """,
        discussion: """
        With no argument, builds the site folder you are in. With a folder, builds that \
        site into its public/ folder. With feed files (RSS, Atom, JSON Feed, WordPress \
        exports, feed text with its tags stripped) or saved web pages (one article each, \
        found in the page), builds them straight into --output; title, language and \
        dates come from the feed or the page. Pages in a site's feeds/ are read too.

        The output folder is replaced as a whole, and only if it is empty or was written \
        by Broadsheet before. SOURCE_DATE_EPOCH, when set, dates the book.

        For a preview: --base-url gives the address the site is published at in place \
        of site.yml's base_url, for this build only; --drafts publishes the articles \
        marked draft: true too (the summary counts them). On a terminal a progress \
        line shows the long steps; --quiet prints errors only.

        Items that cannot be used are reported with file, item and line and left out; \
        the rest is built. \(ExitStatus.help) A build with no article to publish \
        keeps the previous output and ends with 2.

        Examples:
          broadsheet build                           this folder's site → ./public
          broadsheet build Site                      → Site/public
          broadsheet build Site --output /tmp/site   → /tmp/site
          broadsheet build news.xml blog.xml -o out  → out/
          broadsheet build saved/*.html -o out       one article per page → out/
          broadsheet build Site --drafts --base-url http://localhost:8000/
          broadsheet build Site --quiet --strict     for CI: silent, warnings fail
        """)

    @Argument(help: "A site folder, or one or more feed files or web pages.", completion: .file())
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "The output folder (default: the site's public/).")
    var output: String?

    @Option(help: "A theme folder whose files replace the built-in theme's, by name (also BROADSHEET_LAYOUTS).")
    var layouts: String?

    @Flag(name: .shortAndLong, help: "List every diagnostic, including what the cleaner removed.")
    var verbose = false

    @Flag(help: "Print how long each step of the build took.")
    var timings = false

    @Option(help: ArgumentHelp("The address the site is published at, for this build (replaces site.yml's base_url).", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Publish the articles marked draft: true too.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print errors only: no warnings, progress or summary.")
    var quiet = false

    @Flag(help: "End with exit status 1 when there are warnings too, not only errors (for CI).")
    var strict = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a folder name") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose ask for opposite things: give one") }
        if let baseURL, !BuildRequest.isPublishableAddress(baseURL) {
            throw ValidationError("--base-url \(baseURL): give an http:// or https:// address with a host and no spaces or quotes, such as https://example.com/news/")
        }
        if let missing = inputs.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw ExitStatus.missing("\(missing): no such file or folder; check the path")
        }
        if let layouts, !isDirectory(layouts) { throw ExitStatus.missing("--layouts \(layouts): no such folder") }
        let folders = inputs.filter { isDirectory($0) }
        if !folders.isEmpty && inputs.count > 1 {
            throw ValidationError("give either one site folder or feed files, not both")
        }
        if folders.isEmpty && !inputs.isEmpty && output == nil {
            throw ValidationError("building from feed files needs --output DIR (there is no site folder to hold public/)")
        }
    }

    func run() throws {
        let start = Date()
        let environment = ProcessInfo.processInfo.environment
        let theme = layouts.map(URL.init(fileURLWithPath:)) ?? LayoutsLocator.environmentLayouts()
        let source: BuildRequest.Source = inputs.isEmpty || isDirectory(inputs[0])
            ? .site(URL(fileURLWithPath: inputs.first ?? "."))
            : .feeds(inputs.map(URL.init(fileURLWithPath:)))
        let line = ProgressLine.forStandardError(quiet: quiet)
        let request = BuildRequest(source: source, output: output.map(URL.init(fileURLWithPath:)), layouts: theme,
                                   sourceDateEpoch: try sourceDateEpoch(environment["SOURCE_DATE_EPOCH"]),
                                   baseURL: baseURL, includeDrafts: drafts, version: ToolVersion.line, progress: { line.show($0) })
        let report: BuildReport
        do {
            report = try Pipeline.build(request)
        } catch {
            line.clear()
            DiagnosticPrinter.print(error.diagnostics, verbose: verbose, quiet: quiet)
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        line.clear()
        DiagnosticPrinter.print(report.diagnostics, verbose: verbose, quiet: quiet)
        if timings {
            for (step, seconds) in report.timings {
                print(step.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%7.3f s", seconds))
            }
            print(cacheLine(report.cache))
        }
        if !quiet { print(summary(report, seconds: Date().timeIntervalSince(start))) }
        try ExitStatus.check(report.diagnostics, strict: strict)
    }

    private func summary(_ report: BuildReport, seconds: Double) -> String {
        let book = report.bookBytes > 0 ? ", book \(kilobytes(report.bookBytes))" : ""
        let drafts = report.drafts > 0 ? " (\(DisplayPath.count(report.drafts, "draft")))" : ""
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        let warned = (errors > 0 ? ", \(DisplayPath.count(errors, "error"))" : "") + (warnings > 0 ? ", \(DisplayPath.count(warnings, "warning"))" : "")
        let time = String(format: "%.2f", seconds)
        let output = DisplayPath.of(report.output)
        let changes = report.changes
        let files = (report.cache.upToDate ? "nothing changed, " : "") + "\(DisplayPath.count(changes.written, "file")) written, \(changes.unchanged) unchanged, \(changes.removed) removed"
        return "Built \(DisplayPath.count(report.articles, "article"))\(drafts), \(DisplayPath.count(report.pages, "page"))\(book)\(warned) in \(time) s → \(output): \(files) (open \(output)/index.html)"
    }

    /// What the build cache did, for `--timings`: `cache: 1 converted, 9 reused; 1 rendered, 9 reused; 2 inputs read`.
    private func cacheLine(_ cache: CacheTally) -> String {
        let inputs = "\(DisplayPath.count(cache.inputsHashed, "input")) read"
        guard !cache.upToDate else { return "cache: nothing changed; \(inputs)" }
        return "cache: \(cache.converted) converted, \(cache.convertReused) reused; \(cache.rendered) rendered, \(cache.renderReused) reused; \(inputs)"
    }

    /// SOURCE_DATE_EPOCH as seconds, when set; a value that is not a date up to year 9999 is an error.
    private func sourceDateEpoch(_ text: String?) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let seconds = Int(text), (0...253_402_300_799).contains(seconds) else {
            throw ValidationError("SOURCE_DATE_EPOCH=\(text) is not a date: give whole seconds since 1970, at most 253402300799 (year 9999)")
        }
        return seconds
    }

    private func kilobytes(_ bytes: Int) -> String { "\((bytes + 1023) / 1024) KB" }
}
