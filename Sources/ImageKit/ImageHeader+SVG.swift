import Foundation

extension ImageHeader {
    /// SVG: text that opens, after an optional UTF-8 byte order mark, white space, an XML
    /// declaration, comments, processing instructions and a doctype, with an `<svg` root.
    /// The size is its `width` and `height` (unitless, px or another absolute unit), the
    /// missing one from the `viewBox`'s aspect ratio; else the `viewBox`'s size; else
    /// ``defaultSVGSize``, as browsers do. A relative size (`100%`, `2em`) counts as missing.
    static func readSVG(_ view: ByteView) -> ImageHeader? {
        var offset = view.matches(0, "\u{FEFF}") ? 3 : 0
        guard let root = skipProlog(view, from: &offset), view.matches(root, "<svg"),
              let next = view.u8(root + 4), isSpace(next) || next == 0x2F || next == 0x3E else { return nil }
        let attributes = rootAttributes(view, from: root + 4)
        let width = attributes["width"].flatMap(pixels)
        let height = attributes["height"].flatMap(pixels)
        let box = attributes["viewBox"].flatMap(viewBoxSize)
        let size: (Double, Double)
        switch (width, height, box) {
        case let (width?, height?, _): size = (width, height)
        case let (width?, nil, box?): size = (width, width * box.height / box.width)
        case let (nil, height?, box?): size = (height * box.width / box.height, height)
        case let (nil, nil, box?): size = (box.width, box.height)
        case let (width?, nil, nil): size = (width, Double(defaultSVGSize.height))
        case let (nil, height?, nil): size = (Double(defaultSVGSize.width), height)
        case (nil, nil, nil): size = (Double(defaultSVGSize.width), Double(defaultSVGSize.height))
        }
        guard let shownWidth = wholePixels(size.0), let shownHeight = wholePixels(size.1) else { return nil }
        return ImageHeader(format: .svg, width: shownWidth, height: shownHeight)
    }

    /// Moves past white space, `<?…?>`, `<!--…-->` and `<!DOCTYPE…>` (with an internal
    /// subset in brackets); gives where the first element starts, nil when the text is cut.
    private static func skipProlog(_ view: ByteView, from offset: inout Int) -> Int? {
        while true {
            while let byte = view.u8(offset), isSpace(byte) { offset += 1 }
            if view.matches(offset, "<?") {
                guard let end = find(view, "?>", from: offset + 2) else { return nil }
                offset = end + 2
            } else if view.matches(offset, "<!--") {
                guard let end = find(view, "-->", from: offset + 4) else { return nil }
                offset = end + 3
            } else if view.matches(offset, "<!DOCTYPE") {
                guard let end = doctypeEnd(view, from: offset + 9) else { return nil }
                offset = end + 1
            } else {
                return view.u8(offset) == 0x3C ? offset : nil
            }
        }
    }

    /// The `>` that closes a doctype, outside quotes and its `[…]` internal subset.
    private static func doctypeEnd(_ view: ByteView, from start: Int) -> Int? {
        var offset = start
        var quote: Int?
        var inSubset = false
        while let byte = view.u8(offset) {
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B {
                inSubset = true
            } else if byte == 0x5D {
                inSubset = false
            } else if byte == 0x3E, !inSubset {
                return offset
            }
            offset += 1
        }
        return nil
    }

    /// The attributes of the root's start tag, which begins at `start` (after `<svg`), up to
    /// its `>`; a tag cut short gives the attributes read so far.
    private static func rootAttributes(_ view: ByteView, from start: Int) -> [String: String] {
        var attributes: [String: String] = [:]
        var offset = start
        while true {
            while let byte = view.u8(offset), isSpace(byte) { offset += 1 }
            guard let first = view.u8(offset), first != 0x3E, first != 0x2F else { return attributes }
            let nameStart = offset
            while let byte = view.u8(offset), !isSpace(byte), byte != 0x3D, byte != 0x3E, byte != 0x2F { offset += 1 }
            let name = text(view, nameStart..<offset)
            while let byte = view.u8(offset), isSpace(byte) { offset += 1 }
            guard view.u8(offset) == 0x3D else { continue }
            offset += 1
            while let byte = view.u8(offset), isSpace(byte) { offset += 1 }
            guard let quote = view.u8(offset), quote == 0x22 || quote == 0x27 else { return attributes }
            guard let close = find(view, quote, from: offset + 1) else { return attributes }
            if attributes[name] == nil { attributes[name] = text(view, offset + 1..<close) }
            offset = close + 1
        }
    }

    /// A length in CSS pixels: a number, unitless or with an absolute unit; nil for relative
    /// units, percentages, zero, negative or unreadable values.
    private static func pixels(_ value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let numberEnd = trimmed.firstIndex { !("0"..."9").contains($0) && !".+-eE".contains($0) } ?? trimmed.endIndex
        let unit = trimmed[numberEnd...].lowercased()
        let perUnit: [String: Double] = ["": 1, "px": 1, "pt": 4.0 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4]
        guard let scale = perUnit[unit], let number = Double(trimmed[..<numberEnd]), number.isFinite, number > 0 else { return nil }
        return number * scale
    }

    /// The width and height of a `viewBox` (`min-x min-y width height`, spaces or commas).
    private static func viewBoxSize(_ value: String) -> (width: Double, height: Double)? {
        let parts = value.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard parts.count == 4, let width = Double(parts[2]), let height = Double(parts[3]),
              width.isFinite, height.isFinite, width > 0, height > 0 else { return nil }
        return (width, height)
    }

    /// A size rounded to whole pixels, at least 1; nil beyond ``maxSide`` or not finite.
    private static func wholePixels(_ value: Double) -> Int? {
        guard value.isFinite, value > 0, value <= Double(maxSide) else { return nil }
        return max(1, Int(value.rounded()))
    }

    private static func isSpace(_ byte: Int) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func find(_ view: ByteView, _ byte: Int, from start: Int) -> Int? {
        var offset = start
        while let current = view.u8(offset) {
            if current == byte { return offset }
            offset += 1
        }
        return nil
    }

    private static func find(_ view: ByteView, _ tag: String, from start: Int) -> Int? {
        guard let first = tag.utf8.first.map(Int.init) else { return nil }
        var offset = start
        while let found = find(view, first, from: offset) {
            if view.matches(found, tag) { return found }
            offset = found + 1
        }
        return nil
    }

    private static func text(_ view: ByteView, _ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: view.bytes[range]), as: UTF8.self)
    }
}
