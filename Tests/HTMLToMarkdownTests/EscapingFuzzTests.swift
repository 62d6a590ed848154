import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import MarkupTree
import Testing

/// Many short strings made of Markdown's special characters, from a fixed seed: each one,
/// as a paragraph, must render back to exactly its text. The table test in
/// `PlainTextRoundTripTests` names the cases; this one looks for the cases nobody named.
@Suite struct EscapingFuzzTests {
    private static let alphabet = Array("ab1 *_`[]<>&#!\\-+=.)(~:/;x\u{A0}")

    /// A deterministic pseudo-random generator (64-bit LCG), so failures are reproducible.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static func strings(count: Int) -> [String] {
        var generator = Generator(state: 2024)
        return (0..<count).map { _ in
            String((0..<(1 + generator.next(14))).map { _ in alphabet[generator.next(alphabet.count)] })
        }
    }

    @Test func randomSpecialTextSurvivesTheRoundTrip() {
        var failures: [String] = []
        for text in Self.strings(count: 3_000) where !text.allSatisfy(\.isWhitespace) {
            let html = "<p>" + MarkupSerializer.escapeText(text) + "</p>"
            let markdown = HTMLToMarkdown.convert(HTMLFragment(html)).markdown
            let rendered = MarkdownRenderer.html(from: markdown).html
            let back = MarkupParser.html(rendered).textContent
            if Self.normalised(back) != Self.normalised(text) {
                failures.append("\(text.debugDescription) → \(markdown.text.debugDescription) → \(back.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Text mixed with emphasis, code, links and line breaks keeps its text and its elements
    /// through the round trip (no delimiter left open, no character swallowed or exposed).
    @Test func randomInlineMarkupKeepsTextAndStructure() {
        var generator = Generator(state: 7)
        let wrappers = [("<em>", "</em>"), ("<strong>", "</strong>"), ("<code>", "</code>"), ("<a href=\"/u\">", "</a>"),
                        ("<i>", "</i>"), ("<sub>", "</sub>")]
        var failures: [String] = []
        for _ in 0..<3_000 {
            var html = "<p>"
            for _ in 0..<(1 + generator.next(5)) {
                let chunk = String((0..<(1 + generator.next(6))).map { _ in Self.alphabet[generator.next(Self.alphabet.count)] })
                let escaped = MarkupSerializer.escapeText(chunk)
                switch generator.next(4) {
                case 0: html += escaped
                case 1: html += "<br>"
                case 2:
                    let (open, close) = wrappers[generator.next(wrappers.count)]
                    html += open + escaped + close
                default:
                    let (outerOpen, outerClose) = wrappers[generator.next(wrappers.count)]
                    let (open, close) = wrappers[generator.next(wrappers.count)]
                    let more = MarkupSerializer.escapeText(String(Self.alphabet[generator.next(Self.alphabet.count)]))
                    html += outerOpen + escaped + open + more + close + more + outerClose
                }
            }
            html += "</p>"
            let markdown = HTMLToMarkdown.convert(HTMLFragment(html)).markdown
            let rendered = MarkdownRenderer.html(from: markdown).html
            let input = MarkupParser.html(html)
            if input.textContent.allSatisfy(\.isWhitespace) { continue }  // blank paragraphs are dropped on purpose
            let expected = Self.canonical(input.children)
            let back = Self.canonical(MarkupParser.html(rendered).children)
            if back != expected {
                failures.append("\(html) → \(markdown.text.debugDescription) → \(back.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(10).joined(separator: "\n"))")
    }

    /// The structure and text of inline HTML, with what the round trip may change taken out:
    /// ASCII whitespace (its place moves past delimiters), line breaks and paragraphs (leading,
    /// trailing and doubled ones change), empty elements (a link without text gets its
    /// address as its text), `i`/`b` spelled
    /// `em`/`strong`, an element inside one of its own kind, markup inside code (a code span
    /// holds text only), smart dashes and ellipses.
    private static func canonical(_ nodes: [MarkupNode], within: Set<String> = []) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text):
                out += normalised(text).filter { $0 != " " && $0 != "\n" }
            case .comment:
                continue
            case .element(let element):
                let name = element.name == "i" ? "em" : element.name == "b" ? "strong" : element.name
                let inner = name == "code"
                    ? normalised(element.textContent).filter { $0 != " " && $0 != "\n" }
                    : canonical(element.children, within: within.union([name]))
                if name == "p" || within.contains(name) {
                    out += inner
                } else if name == "a", let href = element.attribute("href"), inner.allSatisfy(\.isWhitespace) {
                    out += "<a>" + href + "</a>"  // a link that shows nothing shows its address
                } else if name != "br", !inner.isEmpty {
                    out += "<\(name)>" + inner + "</\(name)>"
                }
            }
        }
        return out
    }

    /// Whitespace collapsed as HTML does; smart dashes and ellipses turned back.
    private static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "—", with: "---").replacingOccurrences(of: "–", with: "--")
            .replacingOccurrences(of: "…", with: "...").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
