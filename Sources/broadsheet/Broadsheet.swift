import ArgumentParser

/// The `broadsheet` command: feeds in, a static site, an EPUB and a digest out.
@main
struct Broadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Build a static website, an EPUB and an offline digest from news and blog feeds.",
        discussion: """
        Examples:
          broadsheet new my-news                  a new site folder, ready to build
          broadsheet build Site                   the sample site → Site/public
          broadsheet check Site                   links, feeds, the book of Site/public
          broadsheet build feed.xml --output out  a feed → out/, no site folder
          broadsheet import feed.xml --site Site  the feed → Site/content/*.md
          broadsheet convert page.html            one page as clean Markdown
          broadsheet fetch Site                   feeds and pictures for offline use
          broadsheet serve Site                   → http://127.0.0.1:8000/, live reload

        \(ExitStatus.help)
        """,
        version: ToolVersion.line,
        subcommands: [NewCommand.self, BuildCommand.self, CheckCommand.self, ImportCommand.self, ConvertCommand.self, FetchCommand.self,
                      ServeCommand.self, LayoutsCommand.self])
}
