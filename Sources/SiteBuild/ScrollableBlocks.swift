/// Makes the wide blocks of a sanitised body scrollable from the keyboard, for the article's
/// page: each `<pre>` gets `tabindex="0"`, and each `<table>` is wrapped in
/// `<div class="table-scroll" tabindex="0">`, which scrolls sideways instead of squeezing the
/// table's columns (the stylesheet says how). A region that scrolls must take the focus, or
/// keyboard users cannot scroll it (axe's `scrollable-region-focusable`).
///
/// Bodies come from the one serialiser (`MarkupSerializer`), where a `<` always opens a tag,
/// so one pass over the bytes finds every such tag. Feeds and the book get the body without these.
///
/// ```swift
/// ScrollableBlocks.marked("<table><tr><td>1</td></tr></table>")
/// // <div class="table-scroll" tabindex="0"><table><tr><td>1</td></tr></table></div>
/// ```
enum ScrollableBlocks {
    /// `html` with its code blocks focusable and its tables in scrolling wrappers.
    static func marked(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if startsTag(bytes, at: index, name: tablePrefix) {
                    out += wrapperStart
                } else if startsTag(bytes, at: index, name: prePrefix) {
                    out += prePrefix + focusable
                    index += prePrefix.count
                    continue
                } else if matches(bytes, at: index, tableEnd) {
                    out += tableEnd + wrapperEnd
                    index += tableEnd.count
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let tablePrefix = Array("<table".utf8)
    private static let prePrefix = Array("<pre".utf8)
    private static let tableEnd = Array("</table>".utf8)
    private static let focusable = Array(" tabindex=\"0\"".utf8)
    private static let wrapperStart = Array("<div class=\"table-scroll\" tabindex=\"0\">".utf8)
    private static let wrapperEnd = Array("</div>".utf8)

    /// Whether the tag `name` (`<pre`) starts at `index`, followed by `>` or a space.
    private static func startsTag(_ bytes: [UInt8], at index: Int, name: [UInt8]) -> Bool {
        guard matches(bytes, at: index, name), index + name.count < bytes.count else { return false }
        let next = bytes[index + name.count]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ")
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }
}
