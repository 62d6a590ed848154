import CGD

/// Text for the cover in one font at one size, measured and drawn with libgd's FreeType
/// renderer: `size` is in pixels (gd is told 72 dpi), `font` a fontconfig pattern.
struct CoverText {
    /// The fontconfig pattern, such as `DejaVu Serif:bold`.
    let font: String
    /// The size in pixels.
    let size: Double

    /// The distance from one baseline to the next.
    var lineHeight: Int { Int((size * 1.2).rounded()) }

    /// The ink's horizontal extent of `line` drawn at x = 0: where it starts and its width.
    func measure(_ line: String) throws(ImageError) -> (left: Int, width: Int) {
        var box = [Int32](repeating: 0, count: 8)
        try render(line, on: nil, x: 0, baseline: 0, color: 0, box: &box)
        return (Int(box[0]), Int(box[2] - box[0]))
    }

    /// Draws `line` centred on `centre`, its baseline at `baseline`.
    func draw(_ line: String, on image: GDImage, centre: Int, baseline: Int, color: Int32) throws(ImageError) {
        let extent = try measure(line)
        var box = [Int32](repeating: 0, count: 8)
        try render(line, on: image, x: centre - extent.width / 2 - extent.left, baseline: baseline, color: color, box: &box)
    }

    /// `text` broken into lines no wider than `width`: between words, and inside a word (or
    /// a run of CJK, which has no spaces) only where it is wider than a line by itself.
    func wrap(_ text: String, width: Int) throws(ImageError) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if try measure(candidate).width <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            line = ""
            for character in word {
                let longer = line + String(character)
                if line.isEmpty {
                    line = longer
                } else if try measure(longer).width <= width {
                    line = longer
                } else {
                    lines.append(line)
                    line = String(character)
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private func render(_ line: String, on image: GDImage?, x: Int, baseline: Int, color: Int32, box: inout [Int32]) throws(ImageError) {
        guard LibGD.ready else { throw CoverText.noFont("libgd could not set up FreeType") }
        var extra = gdFTStringExtra()
        extra.flags = gdFTEX_RESOLUTION
        extra.hdpi = 72
        extra.vdpi = 72
        let escaped = CoverText.escaped(line)
        let failure = box.withUnsafeMutableBufferPointer { box in
            gdImageStringFTEx(image?.pointer, box.baseAddress, color, font, size, 0, Int32(x), Int32(baseline), escaped, &extra)
        }
        if let failure { throw CoverText.noFont(String(cString: failure)) }
    }

    /// `text` with `&` written `&#38;`, since libgd reads `&#…;` entities in what it draws.
    static func escaped(_ text: String) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).joined(separator: "&#38;")
    }

    /// The error for text that could not be drawn, which is always for want of a font here.
    static func noFont(_ reason: String) -> ImageError {
        ImageError(.noFont, "no font to write the cover's text (libgd: \(reason))",
                   hint: "install the fonts-dejavu-core package, for example `sudo apt-get install fonts-dejavu-core`")
    }
}
