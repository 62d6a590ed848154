import MarkupTree

extension MarkupElement {
    /// The element with every carriage return in its text and attribute values made a line
    /// feed (`\r\n` one line feed). CommonMark ends a line at a lone `\r` too, while the writer
    /// indents list items and quotes at line feeds only: a `\r` (written `&#13;`) inside code in
    /// a list would end the item and let the rest be read as Markdown or raw HTML.
    var withLineFeeds: MarkupElement {
        hasCarriageReturn ? lineFeedsEverywhere : self
    }

    /// Whether any text or attribute value below holds a `\r` (checked before copying a tree).
    private var hasCarriageReturn: Bool {
        attributes.contains { $0.value.utf8.contains(0x0D) } || children.contains { child in
            switch child {
            case .text(let text): return text.utf8.contains(0x0D)
            case .element(let element): return element.hasCarriageReturn
            case .comment: return false
            }
        }
    }

    private var lineFeedsEverywhere: MarkupElement {
        var copy = self
        copy.attributes = attributes.map { MarkupAttribute($0.name, Self.lineFeeds($0.value)) }
        copy.children = children.map { child in
            switch child {
            case .text(let text): return .text(Self.lineFeeds(text))
            case .element(let element): return .element(element.lineFeedsEverywhere)
            case .comment: return child
            }
        }
        return copy
    }

    /// `text` with `\r\n` and lone `\r` as `\n`; `text` itself when it has no `\r`.
    static func lineFeeds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if !(scalar == "\n" && previousCR) { out.append(scalar) }
            previousCR = false
        }
        return String(out)
    }
}
