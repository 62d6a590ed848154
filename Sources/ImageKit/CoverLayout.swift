import Foundation

/// Where the cover's text goes: the title as large as fits (wrapped, shrunk step by step),
/// then a short rule and the subtitle, the group centred in the space below the picture (or
/// on the whole cover), within side margins.
struct CoverLayout {
    /// The cover's width.
    let width: Int
    /// Where the text's space starts (the picture's lower edge, or 0).
    let top: Int
    /// Where it ends (the cover's height).
    let bottom: Int
    /// Whether a picture takes the upper half (the title then starts smaller).
    let hasPicture: Bool

    private var margin: Int { width * 9 / 100 }
    private var textWidth: Int { width - 2 * margin }
    private var paddingTop: Int { bottom * (hasPicture ? 5 : 10) / 100 }
    /// Without a picture the text sits a little above the middle, where the eye puts it.
    private var paddingBottom: Int { bottom * (hasPicture ? 5 : 18) / 100 }
    private var ruleHeight: Int { max(2, width / 320) }

    /// Draws the title and the subtitle on `image`.
    func draw(title: String, subtitle: String, on image: GDImage) throws(ImageError) {
        let space = bottom - top - paddingTop - paddingBottom
        let small = CoverText(font: CoverLayout.font("DejaVu Sans", "sans-serif", for: subtitle), size: Double(width) * 0.036)
        let subtitleLines = try CoverLayout.clip(try small.wrap(subtitle, width: textWidth), to: 2, text: small, width: textWidth)
        let gap = small.lineHeight
        let subtitleHeight = subtitleLines.isEmpty ? 0 : 2 * gap + ruleHeight + subtitleLines.count * small.lineHeight
        let (large, titleLines) = try fitTitle(title, height: space - subtitleHeight)
        var y = top + paddingTop + (space - titleLines.count * large.lineHeight - subtitleHeight) / 2
        let centre = width / 2
        for line in titleLines {
            try large.draw(line, on: image, centre: centre, baseline: y + Int(large.size * 0.95), color: CoverArt.ink)
            y += large.lineHeight
        }
        guard !subtitleLines.isEmpty else { return }
        y += gap
        image.fill(x: centre - width / 12, y: y, width: width / 6, height: ruleHeight, color: CoverArt.accent)
        y += ruleHeight + gap
        for line in subtitleLines {
            try small.draw(line, on: image, centre: centre, baseline: y + Int(small.size * 0.95), color: CoverArt.accent)
            y += small.lineHeight
        }
    }

    /// The largest title size, from a tenth of the width down to 3.5 % in steps of 8 %, whose
    /// lines fit in `height`; at the smallest, the lines that fit, the last one clipped.
    private func fitTitle(_ title: String, height: Int) throws(ImageError) -> (CoverText, [String]) {
        let font = CoverLayout.font("DejaVu Serif:bold", "serif:bold", for: title)
        let smallest = Double(width) * 0.035
        var size = Double(width) * (hasPicture ? 0.08 : 0.10)
        while true {
            let text = CoverText(font: font, size: max(size, smallest))
            let lines = try text.wrap(title, width: textWidth)
            if lines.count * text.lineHeight <= height { return (text, lines) }
            if size <= smallest { return (text, try CoverLayout.clip(lines, to: max(1, height / text.lineHeight), text: text, width: textWidth)) }
            size *= 0.92
        }
    }

    /// The first `count` of `lines`, the last of them ending in "…" when some were left out
    /// (whole words dropped to make room for it, or letters of a word that fills the line).
    private static func clip(_ lines: [String], to count: Int, text: CoverText, width: Int) throws(ImageError) -> [String] {
        guard lines.count > count else { return lines }
        var kept = Array(lines.prefix(count))
        var last = kept[count - 1]
        while !last.isEmpty, try text.measure(last + "…").width > width {
            if let space = last.lastIndex(of: " ") { last = String(last[..<space]) } else { last.removeLast() }
        }
        kept[count - 1] = last.trimmingCharacters(in: .whitespaces) + "…"
        return kept
    }

    /// The fontconfig pattern for `text`: `family`, or the generic `generic` family of the
    /// language when the text is Chinese, Japanese or Korean (DejaVu has none of their letters).
    static func font(_ family: String, _ generic: String, for text: String) -> String {
        var language: String?
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: return generic + ":lang=ja"
            case 0x1100...0x11FF, 0xAC00...0xD7AF: return generic + ":lang=ko"
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: language = language ?? "zh"
            default: continue
            }
        }
        return language.map { generic + ":lang=" + $0 } ?? family
    }
}
