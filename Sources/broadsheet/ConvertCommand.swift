import ArgumentParser
import Foundation
import Pipeline

/// `broadsheet convert`: one HTML document to clean Markdown, like pandoc or html2text.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Print the clean Markdown of one HTML document or fragment.",
        discussion: """
        The Markdown goes to standard output; what was dropped, and why, to standard \
        error. Reads standard input when the file is - or missing.

        A whole page (one with <html>, <body> or a doctype) is cut down to its article \
        first: menus, share bars, cookie and newsletter boxes, comments and related \
        stories are dropped, and the page's title heads the Markdown. --whole keeps the \
        whole page. A fragment is never cut.

        \(ExitStatus.help)

        Examples:
          broadsheet convert article.html > article.md
          broadsheet convert --whole saved-page.html
          echo '<p>Hi <b>there</b></p><p>Source link</p>' | broadsheet convert -
        """)

    @Argument(help: "An HTML file, or - for standard input.", completion: .file())
    var file: String = "-"

    @Flag(help: "Convert the whole page, without looking for its article.")
    var whole = false

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try SiteReader.read(URL(fileURLWithPath: file))  // refuses FIFOs and devices: never hangs
            } catch {
                DiagnosticPrinter.printError("error: \(error)")
                throw ExitStatus.nothingDone
            }
        }
        let (markdown, diagnostics) = Pipeline.convert(html: data, file: file == "-" ? "<stdin>" : file, whole: whole)
        FileHandle.standardOutput.write(Data(markdown.text.utf8))
        DiagnosticPrinter.print(diagnostics, verbose: true)
        try ExitStatus.check(diagnostics, strict: false)
    }
}
