import ArgumentParser
import ArticleModel
import Foundation
import Pipeline

/// `broadsheet fetch`: the one command that touches the network. It downloads a site's web
/// feeds and the pictures its articles use, so that `build` works offline.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a site's web feeds and its articles' pictures, so build works offline.",
        discussion: """
        Every entry of site.yml's sources: that is a web address is downloaded into \
        feeds/ (asked for conditionally, so an unchanged feed costs one round trip; the \
        state is kept in .broadsheet/fetch.json, and a file of yours in feeds/ is never \
        replaced). Then every picture the site's articles use that media/ does not hold \
        yet is downloaded into media/, named by a hash of its bytes, and recorded in \
        media/index.json; build then serves it from the site, the book and the digest. \
        Only pictures are kept (the type is read from the bytes); SVG files are refused, \
        as they can carry scripts.

        Requests: at most 4 at once and one per host at a time, with a pause between two \
        to a host; http and https only; at most 5 redirects; 20 s to connect or wait for \
        the next bytes, 60 s for a whole file; 20 MB a file, 500 MB a run. Change them \
        under fetch: in site.yml. A failure never stops the run: each is listed at the end.

        Each address is an item: 1 when some failed (listed), 2 when every one did. \
        \(ExitStatus.help)

        Examples:
          broadsheet fetch Site       then: broadsheet build Site
          broadsheet fetch            the site folder you are in
        """)

    @Argument(help: "The site folder.", completion: .directory)
    var site: String = "."

    @Option(help: "A theme folder whose files replace the built-in theme's, by name (also BROADSHEET_LAYOUTS).")
    var layouts: String?

    @Flag(name: .shortAndLong, help: "List every diagnostic.")
    var verbose = false

    func validate() throws {
        if !isDirectory(site) { throw ExitStatus.missing("\(site): no such site folder") }
        if let layouts, !isDirectory(layouts) { throw ExitStatus.missing("--layouts \(layouts): no such folder") }
    }

    func run() throws {
        let theme = layouts.map(URL.init(fileURLWithPath:)) ?? LayoutsLocator.environmentLayouts()
        let line = ProgressLine.forStandardError()
        let request = FetchRequest(site: URL(fileURLWithPath: site), layouts: theme,
                                   version: ToolVersion.number, progress: { line.show($0) })
        let report: FetchReport
        do {
            report = try Pipeline.fetch(request)
        } catch {
            line.clear()
            DiagnosticPrinter.print(error.diagnostics, verbose: verbose)
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        line.clear()
        DiagnosticPrinter.print(report.diagnostics, verbose: verbose)
        print("fetched \(report.fetched) (\(ByteSize(report.fetchedBytes))), unchanged \(report.unchanged), failed \(report.failures.count)")
        for failure in report.failures { print("  \(failure.address) — \(failure.reason)") }
        if !report.failures.isEmpty && report.fetched + report.unchanged == 0 { throw ExitStatus.nothingDone }
        if !report.failures.isEmpty { throw ExitStatus.problems }
        try ExitStatus.check(report.diagnostics, strict: false)
    }
}
