import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet layouts export DIR`: the built-in default theme written out as files.
struct LayoutsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the default theme's files into a folder, for editing.",
        discussion: """
        Writes every file of the built-in theme into the folder, creating it when needed. Files \
        already there are refused, before anything is written, unless --force is given. \
        Keep in a site's layouts/ only the files you change: the others then follow the \
        built-in theme of the broadsheet you run.

        \(ExitStatus.help)
        """)

    @Argument(help: "The folder to write the theme into.", completion: .directory)
    var folder: String

    @Flag(help: "Replace theme files already in the folder.")
    var force = false

    func validate() throws {
        if folder.isEmpty { throw ValidationError("the folder needs a name") }
    }

    func run() throws {
        let written: [String]
        do {
            written = try ThemeExport.write(to: URL(fileURLWithPath: folder), force: force)
        } catch {
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        print("Wrote the default theme's \(written.count) files to \(folder)")
    }
}
