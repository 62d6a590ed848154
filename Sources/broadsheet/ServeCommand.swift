import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet serve`: build a site folder, serve the output on 127.0.0.1, build again on
/// every change and reload the open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build a site, serve it on 127.0.0.1 and rebuild and reload pages on every change.",
        usage: "broadsheet serve [<site-dir>] [--port <n>] [--output <dir>] [<options>]",
        discussion: """
        Builds the site folder (as build does, into its public/ or --output), serves the \
        output at http://127.0.0.1:PORT/ (the first free port from 8000 unless --port \
        gives one; the address is printed) and looks at site.yml, content/, feeds/, \
        static/, media/, layouts/ and the --layouts folder every 300 ms. A change is \
        built once the files stand still, and open pages reload; a build that fails is \
        printed here and shown over the page, and the last good site is still served. \
        Pages get a small reload script when served; the built files never do. Only \
        files inside the output are served. Ctrl-C stops (after the build in \
        progress; a second Ctrl-C at once) and ends with 0.

        \(ExitStatus.help) A port that is taken ends with 2.

        Examples:
          broadsheet serve                     this folder's site, on port 8000 or up
          broadsheet serve Site --port 8080    → http://127.0.0.1:8080/
          broadsheet serve Site --drafts       drafts published too, while you write
        """)

    @Argument(help: ArgumentHelp("The site folder (default: the folder you are in).", valueName: "site-dir"), completion: .directory)
    var folder: String = "."

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (default: the first free one from 8000).", valueName: "n"))
    var port: UInt16?

    @Option(name: .shortAndLong, help: "The output folder (default: the site's public/).")
    var output: String?

    @Option(help: "A theme folder whose files replace the built-in theme's, by name (also BROADSHEET_LAYOUTS).")
    var layouts: String?

    @Flag(help: "Publish the articles marked draft: true too.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "List every diagnostic, including what the cleaner removed.")
    var verbose = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a folder name") }
        if port == 0 { throw ValidationError("--port 0: give a port from 1 to 65535, or leave --port out") }
        guard isDirectory(folder) else { throw ExitStatus.missing("\(folder): no such site folder") }
        if let layouts, !isDirectory(layouts) { throw ExitStatus.missing("--layouts \(layouts): no such folder") }
    }

    func run() throws {
        let theme = layouts.map(URL.init(fileURLWithPath:)) ?? LayoutsLocator.environmentLayouts()
        let request = BuildRequest(source: .site(URL(fileURLWithPath: folder)), output: output.map(URL.init(fileURLWithPath:)),
                                   layouts: theme, includeDrafts: drafts)
        try ServeSession(request: request, port: port, verbose: verbose).run()
    }
}
