import Foundation
import Testing

/// `broadsheet.1`, written by the `manual-page` tool from the binary's own help texts
/// (`make man`, `make install`).
@Suite struct ManualPageTests {
    static let tool = TestSupport.root.appendingPathComponent(".build/debug/manual-page").path
    static let binary = TestSupport.root.appendingPathComponent(".build/debug/broadsheet").path

    static func page() throws -> String {
        let result = try TestSupport.run(tool, [binary])
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test func thePageHasEveryCommandAndEveryOptionOfTheHelp() throws {
        let page = try Self.page()
        #expect(page.hasPrefix(".\\\" Generated from broadsheet's help texts by manual-page: do not edit.\n.TH BROADSHEET 1 \"\" \"broadsheet 0.1.0\" \"User Commands\"\n.SH NAME\nbroadsheet \\- "))
        for command in ["build", "import", "convert", "fetch", "serve", "layouts", "layouts export"] {
            #expect(page.contains("\n.SS \"broadsheet \(command)\"\n"), "no section for \(command)")
            let help = try TestSupport.run(Self.binary, ["help"] + command.split(separator: " ").map(String.init)).output
            for option in Set(help.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }) {
                #expect(page.contains("\\fB" + option.replacingOccurrences(of: "-", with: "\\-") + "\\fR"), "\(command): \(option) is not in the page")
            }
        }
    }

    @Test func aCommandReadsAsItsHelpDoes() throws {
        let page = try Self.page()
        #expect(page.contains("""
            .SS "broadsheet layouts export"
            .PP
            .nh
            .ad l
            \\fBbroadsheet layouts export\\fR \\fIfolder\\fR [\\fB\\-\\-force\\fR]
            .ad
            .hy
            .PP
            Write the default theme's files into a folder, for editing.
            .PP
            Writes every file of the built\\-in theme into the folder, creating it when needed.
            """))
        #expect(page.contains("""
            .TP
            \\fIfolder\\fR
            The folder to write the theme into.
            .TP
            \\fB\\-\\-force\\fR
            Replace theme files already in the folder.
            """))
        // Examples stay literal lines, indented, unfilled.
        #expect(page.contains("""
            Examples:
            .RS 2
            .nf
            broadsheet layouts export Site/layouts   every file, to edit the ones you want
            """.replacingOccurrences(of: "-", with: "\\-")))
    }

    @Test func thePageIsTheSameEachTimeAndGroffReadsItWithoutAWarning() throws {
        let page = try Self.page()
        #expect(try Self.page() == page)
        guard FileManager.default.fileExists(atPath: "/usr/bin/groff") else { return }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broadsheet.1")
        try Data(page.utf8).write(to: file)
        let lint = try TestSupport.run("/usr/bin/groff", ["-k", "-man", "-ww", "-z", file.path])
        #expect(lint.status == 0)
        #expect(lint.output == "")
    }
}
