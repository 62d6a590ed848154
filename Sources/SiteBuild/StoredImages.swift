import ArticleModel

/// Points the `<img>` elements of a sanitised body at the stored copies of their pictures.
///
/// Bodies come from the one serialiser (`MarkupSerializer`), so every tag is written the same
/// way: `<img` then ` name="value"` pairs then ` />`, with `&`, `<`, `>` and `"` escaped in
/// values and `<` escaped in text. So `<img ` starts a tag wherever it occurs, the first `>`
/// after it ends the tag, and one pass over the body finds every picture, in linear time and
/// without parsing the HTML again. A tag in any other form is left as it is (and stays remote).
///
/// Searching for `src="ADDRESS"` alone would not do: the same text can stand in a code sample
/// (quotes are not escaped in text), and a feed's `width`/`height` would end up twice on a tag.
///
/// ```swift
/// StoredImages.linked(#"<p><img src="https://x.example/a.jpg" alt="Quay" /></p>"#,
///                     images: ["https://x.example/a.jpg": quay], prefix: "../../media/")
/// // <p><img src="../../media/3f9a.jpg" alt="Quay" width="640" height="480" loading="lazy" decoding="async" /></p>
/// ```
enum StoredImages {
    /// `html` with each `<img>` whose `src` is a key of `images` pointing at `prefix` + the
    /// stored file's name, sized, and loaded lazily. A size the body gives in both `width` and
    /// `height` is kept (it is how large the author drew it); with only one of them given, the
    /// other follows the picture's proportions; without either, the stored file's own size.
    static func linked(_ html: String, images: [String: MediaFile], prefix: String) -> String {
        guard !images.isEmpty else { return html }
        var bySource: [String: MediaFile] = [:]
        for (source, file) in images { bySource[attributeEscaped(source)] = file }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        while let start = tagStart(in: bytes, from: index) {
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { break }
            index = end + 1
            guard let tag = rewritten(bytes[start...end], bySource: bySource, prefix: prefix) else { continue }
            if out.isEmpty { out.reserveCapacity(bytes.count + images.count * 64) }
            out += bytes[copied..<start]
            out += tag.utf8
            copied = end + 1
        }
        guard copied > 0 else { return html }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` escaped as the serialiser escapes an attribute value.
    static func attributeEscaped(_ text: String) -> String {
        PageRenderer.escapedAsHTML(text).replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The position of the next `<img ` at or after `index`.
    private static func tagStart(in bytes: [UInt8], from index: Int) -> Int? {
        let pattern = Array("<img ".utf8)
        var position = index
        while position + pattern.count <= bytes.count {
            guard let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            if open + pattern.count <= bytes.count, bytes[open..<open + pattern.count].elementsEqual(pattern) { return open }
            position = open + 1
        }
        return nil
    }

    /// The tag pointed at its stored picture, or nil when its `src` is not stored or the tag is
    /// not in the serialiser's form.
    private static func rewritten(_ tag: ArraySlice<UInt8>, bySource: [String: MediaFile], prefix: String) -> String? {
        guard let parsed = attributes(of: tag), let source = parsed.first(where: { $0.name == "src" }),
              let file = bySource[source.value] else { return nil }
        let given = parsed.reduce(into: [String: String]()) { $0[$1.name] = $1.value }
        var text = "<img src=\"" + attributeEscaped(prefix + file.file) + "\""
        for attribute in parsed where !["src", "width", "height", "loading", "decoding"].contains(attribute.name) {
            text += " \(attribute.name)=\"\(attribute.value)\""
        }
        if let (width, height) = size(width: given["width"], height: given["height"], of: file) {
            text += " width=\"\(width)\" height=\"\(height)\""
        }
        text += " loading=\"lazy\" decoding=\"async\""
        return text + (tag.dropLast().last == UInt8(ascii: "/") ? " />" : ">")
    }

    /// The size to draw a picture at, from what the body gives (see ``linked(_:images:prefix:)``);
    /// nil when neither the body nor the file (a size of 0) gives one.
    static func size(width: String?, height: String?, of file: MediaFile) -> (Int, Int)? {
        let givenWidth = width.flatMap { Int($0) }.flatMap { $0 > 0 && $0 <= 100_000 ? $0 : nil }
        let givenHeight = height.flatMap { Int($0) }.flatMap { $0 > 0 && $0 <= 100_000 ? $0 : nil }
        if let givenWidth, let givenHeight { return (givenWidth, givenHeight) }
        guard file.width > 0, file.height > 0 else { return nil }
        switch (givenWidth, givenHeight) {
        case let (w?, _): return (w, scaled(w, by: file.height, over: file.width))
        case let (_, h?): return (scaled(h, by: file.width, over: file.height), h)
        default: return (file.width, file.height)
        }
    }

    /// `value × numerator / denominator`, rounded, between 1 and 100,000 (no overflow).
    private static func scaled(_ value: Int, by numerator: Int, over denominator: Int) -> Int {
        let exact = (Double(value) * Double(numerator) / Double(denominator)).rounded()
        return exact < 1 ? 1 : exact > 100_000 ? 100_000 : Int(exact)
    }

    /// The attributes of a tag in the serialiser's form (values still escaped), or nil for any
    /// other form.
    private static func attributes(of tag: ArraySlice<UInt8>) -> [(name: String, value: String)]? {
        var rest = tag.dropFirst("<img".count)
        var found: [(name: String, value: String)] = []
        while rest.first == UInt8(ascii: " ") {
            rest = rest.dropFirst()
            if rest.elementsEqual("/>".utf8) || rest.elementsEqual(">".utf8) { return found }
            guard let equals = rest.firstIndex(of: UInt8(ascii: "=")), rest[rest.index(after: equals)...].first == UInt8(ascii: "\"") else { return nil }
            let name = rest[rest.startIndex..<equals]
            guard !name.isEmpty, name.allSatisfy(isNameByte) else { return nil }
            let valueStart = equals + 2
            guard let close = rest[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            found.append((String(decoding: name, as: UTF8.self), String(decoding: rest[valueStart..<close], as: UTF8.self)))
            rest = rest[(close + 1)...]
        }
        return rest.elementsEqual(">".utf8) ? found : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2d || byte == 0x3a || byte == 0x5f
    }
}
