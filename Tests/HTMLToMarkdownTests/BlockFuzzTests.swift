import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import MarkupTree
import Testing

/// Random block structures (paragraphs, nested lists, quotes, headings, code, rules) with
/// special text, from a fixed seed: libcmark must read back the same blocks and the same text.
@Suite struct BlockFuzzTests {
    private static let alphabet = Array("ab1 *_`[]<>&#!\\-+=.)(~:x")

    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static func text(_ generator: inout Generator) -> String {
        let raw = String((0..<(1 + generator.next(8))).map { _ in alphabet[generator.next(alphabet.count)] })
        return MarkupSerializer.escapeText(raw)
    }

    private static func block(_ generator: inout Generator, depth: Int) -> String {
        let kind = depth > 2 ? generator.next(3) : generator.next(10)
        switch kind {
        case 0, 1: return "<p>" + text(&generator) + "</p>"
        case 2: return "<h2>" + text(&generator) + "</h2>"
        case 3: return "<hr>"
        case 4: return "<pre><code>" + text(&generator) + "\n" + text(&generator) + "</code></pre>"
        case 5: return "<blockquote>" + blocks(&generator, depth: depth + 1) + "</blockquote>"
        case 8: return "<table><tr><td>" + text(&generator) + "</td></tr></table>"
        case 9: return "<div>" + text(&generator) + "<br>" + text(&generator) + "</div>"
        default:
            let name = kind == 6 ? "ul" : "ol"  // kind 7
            let start = name == "ol" && generator.next(2) == 0 ? " start=\"\(generator.next(12))\"" : ""
            var html = "<\(name)\(start)>"
            for _ in 0..<(1 + generator.next(3)) {
                html += "<li>" + text(&generator) + (generator.next(3) == 0 ? blocks(&generator, depth: depth + 1) : "") + "</li>"
            }
            return html + "</\(name)>"
        }
    }

    private static func blocks(_ generator: inout Generator, depth: Int) -> String {
        (0..<(1 + generator.next(3))).map { _ in block(&generator, depth: depth) }.joined()
    }

    @Test func randomBlocksKeepTheirStructure() {
        var generator = Generator(state: 99)
        var failures: [String] = []
        for _ in 0..<1_500 {
            let html = Self.blocks(&generator, depth: 0)
            let markdown = HTMLToMarkdown.convert(HTMLFragment(html)).markdown
            let rendered = MarkdownRenderer.html(from: markdown).html
            let expected = Self.canonical(MarkupParser.html(html).children)
            let back = Self.canonical(MarkupParser.html(rendered).children)
            if back != expected {
                failures.append("\(html)\n→ \(markdown.text.debugDescription)\n→ \(back)\nexpected \(expected)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5).joined(separator: "\n\n"))")
    }

    /// Block elements and text, without what may change on purpose: whitespace, `p` inside
    /// items (loose or tight), list start numbers, empty elements, smart punctuation.
    private static func canonical(_ nodes: [MarkupNode]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text):
                out += text.replacingOccurrences(of: "—", with: "---").replacingOccurrences(of: "–", with: "--")
                    .replacingOccurrences(of: "…", with: "...").filter { !$0.isWhitespace }
            case .comment:
                continue
            case .element(let element):
                let inner = canonical(element.children)
                if element.name == "p" || element.name == "code" || element.name == "div" || element.name == "br" {
                    out += inner
                } else if element.name == "hr" {
                    out += "<hr>"
                } else if !inner.isEmpty {
                    out += "<\(element.name)>" + inner + "</\(element.name)>"
                }
            }
        }
        return out
    }
}
