import ArgumentParser
import ArticleModel
import Foundation
import Pipeline

/// `broadsheet new`: a new site folder, ready to build.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site folder that builds at once.",
        discussion: """
        Writes site.yml (every setting explained, most left at their defaults), a first \
        article in content/, empty feeds/ and static/ folders, and a .gitignore for what \
        builds write (public/, .broadsheet/). Each --from is a feed: a file is copied \
        into feeds/, a web address is listed for broadsheet fetch to download; both go \
        under sources: in site.yml. The folder must be new or empty.

        \(ExitStatus.help) A folder that is not empty is refused with 2.

        Examples:
          broadsheet new my-news && broadsheet build my-news
          broadsheet new my-news --from export.xml --title "Harbour News"
          broadsheet new my-news --from https://news.example/feed.xml
        """)

    @Argument(help: "The folder to create.", completion: .directory)
    var folder: String

    @Option(parsing: .singleValue, help: ArgumentHelp("A feed file to copy into feeds/, or a feed's web address (repeatable).",
                                                     valueName: "feed-or-url"), completion: .file())
    var from: [String] = []

    @Option(help: "The site's title (default: from the folder's name).")
    var title: String?

    func validate() throws {
        if folder.isEmpty { throw ValidationError("give the name of the folder to create") }
        if title?.trimmingWhitespace.isEmpty == true { throw ValidationError("--title needs some text") }
        for source in from where !source.isWebAddress {
            guard FileManager.default.fileExists(atPath: source) else {
                let message = "--from \(source): no such file, and not an http:// or https:// address"
                throw source.contains("://") ? ValidationError(message) : ExitStatus.missing(message)
            }
            if isDirectory(source) { throw ValidationError("--from \(source) is a folder: give feed files one by one") }
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        let request = NewSiteRequest(folder: url, title: title ?? NewSiteRequest.title(fromFolderName: url.standardizedFileURL.lastPathComponent),
                                     sources: from, created: ArticleDate(date: Date(), offsetSeconds: TimeZone.current.secondsFromGMT()))
        let report: NewSiteReport
        do {
            report = try Pipeline.newSite(request)
        } catch {
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        let name = DisplayPath.of(report.folder)
        print("Created \(name): " + report.files.joined(separator: ", "))
        if report.webSources.isEmpty {
            print("Next: broadsheet build \(name), then open \(name)/public/index.html")
        } else {
            print("Next: broadsheet fetch \(name) (downloads \(DisplayPath.count(report.webSources.count, "feed"))), then broadsheet build \(name)")
        }
    }
}
