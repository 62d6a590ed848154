import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet import`: feed articles into a site's `content/` as Markdown files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write one Markdown file per feed article into a site's content/ folder, without building.",
        usage: "broadsheet import <feed> ... [--site <site-dir>] [--dry-run] [<options>]",
        discussion: """
        Files go to content/YEAR/SLUG.md with YAML front matter. A web page (HTML \
        document) gives one article: the page's article, without its menus, share bars \
        and comments, with its title, author, dates and tags. Importing the same feed \
        again changes nothing; an article the feed updated updates its file; a file you \
        edited is kept as it is unless you pass --force. The record of what was written \
        is kept in .broadsheet/imports.json in the site folder.

        --dry-run lists the files an import would create, update or keep (edited by \
        hand) and writes nothing, not even the record.

        Items that cannot be used are reported with file, item and line and skipped. \
        \(ExitStatus.help) A file kept because it was edited by hand is a warning.

        Examples:
          broadsheet import feeds/news.xml --site Site
          broadsheet import export.xml --site . --force
          broadsheet import news.xml --site NewSite --create-site
          broadsheet import saved-page.html --site Site
          broadsheet import feeds/news.xml --site Site --dry-run
        """)

    @Argument(help: "Feed files (or web pages) to import.", completion: .file())
    var feeds: [String]

    @Option(help: "The site folder whose content/ receives the files.")
    var site: String = "."

    @Flag(help: "Create the site folder if it does not exist (without it, a missing folder is an error).")
    var createSite = false

    @Flag(help: "Overwrite files edited by hand with the feed's version.")
    var force = false

    @Flag(name: .shortAndLong, help: "List every diagnostic, including what the cleaner removed.")
    var verbose = false

    @Flag(help: "Say what would be written, and write nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Print errors only: no warnings, progress or summary.")
    var quiet = false

    @Flag(help: "End with exit status 1 when there are warnings too, not only errors (for CI).")
    var strict = false

    func validate() throws {
        if feeds.isEmpty { throw ValidationError("name at least one feed file to import") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose ask for opposite things: give one") }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw ValidationError("--site \(site) is a file, not a site folder") }
        if !exists && !createSite {
            throw ExitStatus.missing("no site folder at \(site); check the path, or pass --create-site to start a new site there")
        }
    }

    func run() throws {
        let line = ProgressLine.forStandardError(quiet: quiet)
        let report: ImportReport
        do {
            report = try ContentImporter.importFeeds(feeds.map(URL.init(fileURLWithPath:)), into: URL(fileURLWithPath: site), force: force,
                                                     dryRun: dryRun, progress: { line.show($0) })
        } catch {
            line.clear()
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        line.clear()
        DiagnosticPrinter.print(report.diagnostics, verbose: verbose, quiet: quiet)
        if !quiet { print(summary(report)) }
        let articles = report.created.count + report.updated.count + report.unchanged.count + report.keptEdited.count
        // As `build`: a run whose inputs gave no article did nothing; one that used some may have had problems.
        if articles == 0, report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.nothingDone }
        try ExitStatus.check(report.diagnostics, strict: strict)
    }

    /// The closing line; for a dry run, first the files that would change, one a line.
    private func summary(_ report: ImportReport) -> String {
        let counts = "\(report.created.count) new, \(report.updated.count) updated, "
            + "\(report.unchanged.count) unchanged, \(report.keptEdited.count) kept (edited by hand)"
        guard dryRun else { return "Imported into \(site)/content: " + counts }
        let changes = report.created.map { "would create \($0)" } + report.updated.map { "would update \($0)" }
            + report.keptEdited.map { "would keep   \($0) (edited by hand; --force replaces it)" }
        return (changes + ["Dry run for \(site)/content: " + counts + "; nothing written"]).joined(separator: "\n")
    }
}
