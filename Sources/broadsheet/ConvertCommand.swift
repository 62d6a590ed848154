import ArgumentParser
import ArticleModel
import Foundation
import Pipeline

/// `broadsheet convert`: one HTML document to clean Markdown, like pandoc or html2text.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Print the clean Markdown of one HTML document or fragment.",
        usage: "broadsheet convert [<file> | -] [--output <file>] [<options>]",
        discussion: """
        The Markdown goes to standard output, or to the file -o names (written whole or \
        not at all; an existing file is replaced, a folder never); what was dropped, and \
        why, to standard error. Reads standard input when the file is - or missing.

        A whole page (one with <html>, <body> or a doctype) is cut down to its article \
        first: menus, share bars, cookie and newsletter boxes, comments and related \
        stories are dropped, and the page's title heads the Markdown. --whole keeps the \
        whole page. A fragment is never cut.

        Relative links and pictures are made absolute against --base-url, the address \
        the page came from (else a whole page's canonical link). --site applies a site's \
        cleaning rules (cleaning: in its site.yml) on top of the built-in ones, as build \
        and import do.

        \(ExitStatus.help) Input with no text left to convert ends with 2.

        Examples:
          broadsheet convert article.html > article.md
          broadsheet convert --whole saved-page.html -o page.md
          broadsheet convert page.html --base-url https://news.example/2024/story/
          broadsheet convert page.html --site Site
          echo '<p>Hi <b>there</b></p><p>Source link</p>' | broadsheet convert -
        """)

    @Argument(help: "An HTML file, or - for standard input.", completion: .file())
    var file: String = "-"

    @Flag(help: "Convert the whole page, without looking for its article.")
    var whole = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the Markdown to this file instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("The address the page came from: relative links are made absolute against it.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("A site folder whose site.yml cleaning rules apply too.", valueName: "site-dir"), completion: .directory)
    var site: String?

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("-o needs a file name") }
        if let output, isDirectory(output) { throw ValidationError("-o \(output) is a folder: give the name of the Markdown file to write") }
        if let baseURL, !baseURL.isWebAddress {
            throw ValidationError("--base-url \(baseURL): give the page's http:// or https:// address, such as https://news.example/2024/story/")
        }
        if let site, !isDirectory(site) { throw ExitStatus.missing("--site \(site): no such site folder") }
    }

    func run() throws {
        let name = file == "-" ? "<stdin>" : file
        let data = try read()
        var diagnostics: [Diagnostic] = []
        var rules = CleaningRules.standard
        if let site {
            do {
                (rules, diagnostics) = try Pipeline.cleaningRules(ofSite: URL(fileURLWithPath: site))
            } catch {
                DiagnosticPrinter.printFailure(error)
                throw ExitStatus.nothingDone
            }
        }
        let converted = Pipeline.convert(html: data, file: name, whole: whole, rules: rules, baseURL: baseURL)
        diagnostics += converted.diagnostics
        DiagnosticPrinter.print(diagnostics, verbose: true)
        guard !converted.markdown.text.trimmingWhitespace.isEmpty else {
            DiagnosticPrinter.printFailure("\(name): no text to convert" + (output.map { "; \($0) not written" } ?? ""))
            throw ExitStatus.nothingDone
        }
        try write(converted.markdown)
        try ExitStatus.check(diagnostics, strict: false)
    }

    /// The input's bytes; FIFOs and devices are refused, so a wrong argument never hangs.
    private func read() throws -> Data {
        guard file != "-" else { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try SiteReader.read(URL(fileURLWithPath: file))
        } catch {
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
    }

    /// The Markdown on standard output, or into `output` (``Pipeline/write(_:to:)``: whole or not at all).
    private func write(_ markdown: Markdown) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(markdown.text.utf8))
            return
        }
        do {
            try Pipeline.write(markdown, to: URL(fileURLWithPath: output))
        } catch {
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
    }
}
