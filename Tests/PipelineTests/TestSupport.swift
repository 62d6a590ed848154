import Foundation
import Testing
import MarkupTree
import SiteCheck

/// Paths and helpers shared by the end-to-end tests.
enum TestSupport {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The default theme.
    static let layouts = root.appendingPathComponent("Layouts")
    /// The sample site.
    static let site = root.appendingPathComponent("Site")
    /// The real input the project started from (read-only, beside the repository).
    static let seed = root.deletingLastPathComponent().appendingPathComponent("shared/data/seed")

    /// Whether the seed is there (beside the repository in CI, not in a lone clone: tests
    /// that read it are skipped then, with ``seedMissing`` as the reason).
    static let hasSeed = FileManager.default.fileExists(atPath: seed.path)

    /// Why seed tests are skipped in a lone clone.
    static let seedMissing: Comment = "needs ../shared/data/seed beside the repository"

    /// A new empty folder under the system's temporary folder; delete it with `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let url as URL in walker {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            out[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    /// What `broadsheet check` finds wrong in the output `tree` (SiteChecker, the product's
    /// own rule): links, anchors, pictures and stylesheets that lead nowhere, root-absolute
    /// addresses, feeds that do not parse. One `Diagnostic` line each.
    static func brokenLinks(in tree: [String: Data]) -> [String] {
        SiteChecker.problems(in: tree).map(\.description)
    }

    /// Script elements, event-handler attributes and `javascript:`/`vbscript:` URLs in any
    /// HTML page, or in the HTML held by the entries of the Atom, RSS and JSON feeds: `path: what`
    /// for each.
    static func unsafeMarkup(in tree: [String: Data]) -> [String] {
        var found: [String] = []
        for (path, data) in tree {
            let text = String(decoding: data, as: UTF8.self)
            let fragments: [String]
            if path.hasSuffix(".html") {
                found += unsafeMarkup(in: MarkupParser.htmlDocument(text)).map { "\(path): \($0)" }
                continue
            } else if path.hasSuffix(".xml"), let root = MarkupParser.xml(data).root {
                let items = root.children("entry") + (root.child("channel")?.children("item") ?? [])
                fragments = items.flatMap { $0.childElements.filter { ["content", "summary", "description", "encoded"].contains($0.name) } }
                    .map(\.textContent)
            } else if path.hasSuffix(".json"), let feed = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                fragments = (feed["items"] as? [[String: Any]] ?? []).compactMap { $0["content_html"] as? String }
            } else {
                continue
            }
            for fragment in fragments {
                found += unsafeMarkup(in: MarkupParser.htmlDocument(fragment)).map { "\(path): \($0)" }
            }
        }
        return found.sorted()
    }

    /// Also below `element`; the theme's own search script and form, and its structured data,
    /// are allowed where the theme puts them (``isThemeSearch(_:parent:)``,
    /// ``isStructuredData(_:parent:)``), and nowhere else.
    static func unsafeMarkup(in element: MarkupElement, parent: String = "") -> [String] {
        var found: [String] = []
        if ["script", "iframe", "object", "embed", "form"].contains(element.name), !isThemeSearch(element, parent: parent),
           !isStructuredData(element, parent: parent) {
            found.append("<\(element.name)>")
        }
        for attribute in element.attributes {
            let value = attribute.value.filter { !$0.isWhitespace }.lowercased()
            if attribute.name.hasPrefix("on") { found.append("\(attribute.name) on <\(element.name)>") }
            if value.hasPrefix("javascript:") || value.hasPrefix("vbscript:") { found.append("\(attribute.name)=\(attribute.value)") }
        }
        for child in element.childElements { found += unsafeMarkup(in: child, parent: element.name) }
        return found
    }

    /// Whether `element` is the default theme's search: the empty `<script src="…assets/search.js"
    /// defer>` or `<script src="…search-index.js" defer>` in `<head>`, or the `role="search"` form sending to the archive in the site's
    /// `<header>`. No article can put either there: bodies are inside `<main>`.
    static func isThemeSearch(_ element: MarkupElement, parent: String) -> Bool {
        let names = element.attributes.map(\.name).sorted()
        switch element.name {
        case "script":
            return parent == "head" && names == ["defer", "src"] && element.children.isEmpty
                && ["assets/search.js", "search-index.js"].contains { (element.attribute("src") ?? "").hasSuffix($0) }
        case "form":
            return parent == "header" && element.attribute("role") == "search"
                && (element.attribute("action") ?? "").hasSuffix("archive/index.html")
        default:
            return false
        }
    }

    /// Whether `element` is a page's JSON-LD: a `<script type="application/ld+json">` in
    /// `<head>` holding one JSON object and no `<` (which the site writes as `\u003c`), so no
    /// text in it can close the element. Browsers never run it.
    static func isStructuredData(_ element: MarkupElement, parent: String) -> Bool {
        guard element.name == "script", parent == "head", element.attributes.map(\.name) == ["type"],
              element.attribute("type") == "application/ld+json" else { return false }
        let text = element.textContent
        return !text.contains("<") && (try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any]
    }

    /// The whitespace-collapsed text of every paragraph, list item, heading and div.
    static func blockTexts(in element: MarkupElement) -> [String] {
        var out: [String] = []
        if ["p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"].contains(element.name) {
            out.append(element.textContent.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        }
        for child in element.childElements { out += blockTexts(in: child) }
        return out
    }

    /// Runs a program; returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// epubcheck's verdict on a book: exit status and output. Nil when epubcheck is not installed.
    static func epubcheck(_ book: URL) throws -> (status: Int32, output: String)? {
        let jar = "/usr/share/java/epubcheck.jar"
        guard FileManager.default.fileExists(atPath: jar), FileManager.default.fileExists(atPath: "/usr/bin/java") else { return nil }
        return try run("/usr/bin/java", ["-jar", jar, "--quiet", book.path])
    }
}
