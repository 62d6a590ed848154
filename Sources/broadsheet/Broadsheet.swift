import ArgumentParser

/// The `broadsheet` command: feeds in, a static site, an EPUB and a digest out.
@main
struct Broadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Build a static website, an EPUB and an offline digest from news and blog feeds.",
        discussion: """
        Examples:
          broadsheet build Site                              build the sample site into Site/public
          broadsheet build feed.xml --output out             build straight from a feed, no site folder
          broadsheet import feed.xml --site Site             add the feed's articles to Site/content as Markdown
          curl -s https://example.com/post | broadsheet convert -    print one page as clean Markdown
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ImportCommand.self, ConvertCommand.self])
}
