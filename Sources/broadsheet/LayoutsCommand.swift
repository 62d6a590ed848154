import ArgumentParser

/// `broadsheet layouts`: the built-in default theme.
struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts",
        abstract: "Work with the default theme built into broadsheet.",
        discussion: """
        The default theme (templates, stylesheets, scripts, translations) is part of the \
        broadsheet binary. A site's layouts/ folder, and a folder given with --layouts, \
        replace its files by name: copy out the ones to change, edit them, keep the rest.

        Examples:
          broadsheet layouts export Site/layouts   every file, to edit the ones you want
          broadsheet layouts export theme --force  again, replacing the files there
        """,
        subcommands: [LayoutsExportCommand.self])
}
