import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet import`: feed articles into a site's `content/` as Markdown files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write one Markdown file per feed article into a site's content/ folder, without building.",
        discussion: """
        Files go to content/YEAR/SLUG.md with YAML front matter. A web page (HTML \
        document) gives one article: the page's article, without its menus, share bars \
        and comments, with its title, author, dates and tags. Importing the same feed \
        again changes nothing; an article the feed updated updates its file; a file you \
        edited is kept as it is unless you pass --force. The record of what was written \
        is kept in .broadsheet/imports.json in the site folder.

        Exit status: 0 when articles were imported or already there (items that could not be used are \
        reported above the summary and skipped); 1 when nothing was done: no article \
        could be read, or a problem stopped the run before it wrote anything; 64 for a \
        wrong command line. `build` and `import` use the same codes.

        Examples:
          broadsheet import feeds/news.xml --site Site
          broadsheet import export.xml --site . --force
          broadsheet import news.xml --site NewSite --create-site
          broadsheet import saved-page.html --site Site
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

    func validate() throws {
        if feeds.isEmpty { throw ValidationError("name at least one feed file to import") }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw ValidationError("--site \(site) is a file, not a site folder") }
        if !exists && !createSite {
            throw ValidationError("no site folder at \(site); check the path, or pass --create-site to start a new site there")
        }
    }

    func run() throws {
        let report: ImportReport
        do {
            report = try ContentImporter.importFeeds(feeds.map(URL.init(fileURLWithPath:)), into: URL(fileURLWithPath: site), force: force)
        } catch {
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        }
        DiagnosticPrinter.print(report.diagnostics, verbose: verbose)
        print("Imported into \(site)/content: \(report.created.count) new, \(report.updated.count) updated, "
              + "\(report.unchanged.count) unchanged, \(report.keptEdited.count) kept (edited by hand)")
        let articles = report.created.count + report.updated.count + report.unchanged.count + report.keptEdited.count
        // As `build`: a run that used some articles succeeds; one whose inputs gave none fails.
        if articles == 0, report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
