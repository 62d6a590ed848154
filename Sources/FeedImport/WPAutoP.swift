import Foundation

/// Turns the text WordPress stores for a post into the HTML WordPress shows for it, the job of
/// WordPress's `wpautop`: a blank line separates paragraphs and a single line break is a `<br />`.
///
/// ```
/// First line            →   <p>First line<br />
/// second line           →   second line</p>
///                       →   <p>New paragraph</p>
/// New paragraph
/// ```
///
/// The text is cut into chunks at blank lines, before every start tag of a block element and
/// after every end tag of one (and after `<hr>`); two `<br>` in a row are a blank line too.
/// A chunk is wrapped in `<p>` when it holds text or an image (or another embedded element)
/// and does not start with a block tag: so there is no `<p>` around a `<div>`, `<ul>` or `<h2>`,
/// and none inside a `<div>` or `<li>` whose content shares their chunk. A chunk that starts with
/// `<blockquote>` gets its `<p>` inside the quote. Line breaks right after a block tag or a
/// `<br>`, or right before a block's end tag, are kept as they are. `<pre>`, `<style>`,
/// `<script>`, `<svg>`, `<math>`, `<textarea>`, `<select>`, `<object>`, `<audio>`, `<video>`
/// and comments are copied untouched, line breaks and all; so are the tags themselves.
///
/// Where WordPress itself would write unbalanced tags (text after `<div>` followed by a blank
/// line and a paragraph), this keeps the tags balanced instead.
enum WPAutoP {
    /// The HTML for `text`, each paragraph or block on its own line, ending with a line break;
    /// empty when `text` is only whitespace.
    static func html(from text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard !normalized.trimmingWhitespace.isEmpty else { return "" }
        let pieces = joiningDoubleBreaks(WXRMarkupScanner.pieces(of: normalized, verbatim: verbatimElements))
        var out = ""
        for chunk in chunks(of: pieces) {
            if let html = render(chunk) { out += html + "\n" }
        }
        return out
    }

    /// Elements whose start tag begins a paragraph chunk and whose end tag ends one.
    static let blockElements: Set<String> = [
        "address", "area", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "legend", "li", "map", "menu", "nav", "ol", "p", "pre", "section",
        "style", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// Elements copied whole, start tag to end tag, with no paragraph or line break added inside.
    static let verbatimElements: Set<String> = [
        "pre", "style", "script", "svg", "math", "textarea", "select", "object", "audio", "video",
    ]

    /// Elements that count as content, like text, when deciding whether a chunk is a paragraph.
    private static let embeddedElements: Set<String> = [
        "img", "picture", "iframe", "embed", "object", "video", "audio", "svg", "math", "canvas", "input",
        "button", "select", "textarea",
    ]

    // MARK: Chunks

    /// `<br>`, optional whitespace, `<br>` becomes a blank line.
    private static func joiningDoubleBreaks(_ pieces: [WXRMarkupPiece]) -> [WXRMarkupPiece] {
        var out: [WXRMarkupPiece] = []
        var i = 0
        while i < pieces.count {
            if isBreak(pieces[i]) {
                var j = i + 1
                if j < pieces.count, case .text(let gap) = pieces[j], gap.trimmingWhitespace.isEmpty { j += 1 }
                if j < pieces.count, isBreak(pieces[j]) {
                    out.append(.text("\n\n"))
                    i = j + 1
                    continue
                }
            }
            out.append(pieces[i])
            i += 1
        }
        return out
    }

    /// The pieces grouped into paragraph chunks.
    private static func chunks(of pieces: [WXRMarkupPiece]) -> [[WXRMarkupPiece]] {
        var chunks: [[WXRMarkupPiece]] = []
        var current: [WXRMarkupPiece] = []
        func cut() {
            if !current.isEmpty { chunks.append(current) }
            current = []
        }
        for piece in pieces {
            switch piece {
            case .text(let text):
                for (k, part) in splitAtBlankLines(text).enumerated() {
                    if k > 0 { cut() }
                    if !part.isEmpty { current.append(.text(part)) }
                }
            case .tag(_, let name, let closing) where blockElements.contains(name):
                if !closing { cut() }
                current.append(piece)
                if closing || name == "hr" { cut() }
            case .verbatim(_, let name) where blockElements.contains(name):
                cut()
                current.append(piece)
                cut()
            default:
                current.append(piece)
            }
        }
        cut()
        return chunks
    }

    /// `text` cut at every blank line (a line holding only whitespace).
    private static func splitAtBlankLines(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var pending = ""  // a line break and the whitespace after it, not yet known to be a blank line
        for character in text {
            if pending.isEmpty {
                if character == "\n" { pending = "\n" } else { current.append(character) }
            } else if character == "\n" {
                parts.append(current)
                current = ""
                pending = "\n\n"
            } else if character == " " || character == "\t" {
                pending.append(character)
            } else {
                if pending.hasPrefix("\n\n") { pending = "" } else { current += pending; pending = "" }
                current.append(character)
            }
        }
        if !pending.hasPrefix("\n\n") { current += pending }
        parts.append(current)
        return parts
    }

    // MARK: Rendering a chunk

    /// The HTML of one chunk, or nil when it holds nothing worth a line.
    private static func render(_ chunk: [WXRMarkupPiece]) -> String? {
        let pieces = trimmed(chunk)
        guard let first = pieces.first, let last = pieces.last else { return nil }
        if pieces.count == 1, case .verbatim = first, isBlockPiece(first) { return first.source }
        let lead = isOpeningBlockTag(first) ? first : nil
        let trail = pieces.count > 1 || lead == nil ? (isClosingBlockTag(last) ? last : nil) : nil
        let middle = Array(pieces.dropFirst(lead == nil ? 0 : 1).dropLast(trail == nil ? 0 : 1))
        let body = withLineBreaks(middle, afterBlock: lead != nil, beforeBlock: trail != nil)
        let content = hasContent(middle)
        let leadName = lead.flatMap(tagName)
        let trailName = trail.flatMap(tagName)
        let open = lead?.source ?? ""
        let close = trail?.source ?? ""
        if middle.isEmpty, (leadName == "p" && trail == nil) || (trailName == "p" && lead == nil) { return nil }
        switch leadName {
        case nil where content:
            return "<p>" + body + (trailName == "p" ? "" : "</p>") + close
        case "blockquote"? where content:
            return open + "<p>" + body + "</p>" + close
        case "p"? where content && trail == nil:
            return open + body + "</p>"
        default:
            return open + body + close
        }
    }

    /// The chunk without whitespace at either end.
    private static func trimmed(_ chunk: [WXRMarkupPiece]) -> [WXRMarkupPiece] {
        var pieces = chunk
        while let first = pieces.first, case .text(let text) = first {
            let rest = String(text.drop(while: \.isWhitespace))
            if rest.isEmpty { pieces.removeFirst() } else { pieces[0] = .text(rest); break }
        }
        while let last = pieces.last, case .text(let text) = last {
            let rest = String(text.reversed().drop(while: \.isWhitespace).reversed())
            if rest.isEmpty { pieces.removeLast() } else { pieces[pieces.count - 1] = .text(rest); break }
        }
        return pieces
    }

    /// The pieces written out, single line breaks in text becoming `<br />` where they count.
    private static func withLineBreaks(_ pieces: [WXRMarkupPiece], afterBlock: Bool, beforeBlock: Bool) -> String {
        var out = ""
        var afterBreak = afterBlock  // only whitespace since a block tag or a <br>
        for (k, piece) in pieces.enumerated() {
            guard case .text(let text) = piece else {
                out += piece.source
                afterBreak = isBreak(piece)
                continue
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let atEnd = k == pieces.count - 1
            for (j, line) in lines.enumerated() {
                if j > 0 {
                    let restIsBlank = lines[j...].allSatisfy { $0.allSatisfy(\.isWhitespace) }
                    if afterBreak || (atEnd && beforeBlock && restIsBlank) {
                        out += "\n"
                    } else {
                        while out.last == " " || out.last == "\t" { out.removeLast() }
                        out += "<br />\n"
                    }
                }
                out += line
                if !line.allSatisfy(\.isWhitespace) { afterBreak = false }
            }
        }
        return out
    }

    /// Whether the pieces hold text or an embedded element such as an image.
    private static func hasContent(_ pieces: [WXRMarkupPiece]) -> Bool {
        pieces.contains { piece in
            switch piece {
            case .text(let text): return !text.allSatisfy(\.isWhitespace)
            case .tag(_, let name, let closing): return !closing && embeddedElements.contains(name)
            case .verbatim(_, let name): return embeddedElements.contains(name)
            }
        }
    }

    private static func tagName(_ piece: WXRMarkupPiece) -> String? {
        if case .tag(_, let name, _) = piece { return name }
        return nil
    }

    private static func isBreak(_ piece: WXRMarkupPiece) -> Bool {
        if case .tag(_, "br", false) = piece { return true }
        return false
    }

    private static func isBlockPiece(_ piece: WXRMarkupPiece) -> Bool {
        if case .verbatim(_, let name) = piece { return blockElements.contains(name) }
        return false
    }

    private static func isOpeningBlockTag(_ piece: WXRMarkupPiece) -> Bool {
        if case .tag(_, let name, false) = piece { return blockElements.contains(name) }
        return false
    }

    private static func isClosingBlockTag(_ piece: WXRMarkupPiece) -> Bool {
        if case .tag(_, let name, true) = piece { return blockElements.contains(name) }
        return false
    }
}
