/// One WordPress shortcode tag as written in post content: `[gallery ids="1,2"]`,
/// `[caption id="x" width="300"]`, `[/caption]`, `[contact-form-7 id="5" /]`.
struct WXRShortcodeTag: Equatable {
    /// The name, lowercased: `gallery`.
    var name: String
    /// Whether it is an end tag, `[/name]`.
    var closing: Bool
    /// Whether it ends with `/]`, so it encloses nothing.
    var selfClosing: Bool
    /// Named attributes (`ids="1,2"`), names lowercased, values as written without quotes.
    var attributes: [String: String]
    /// Values without a name (`[embed https://…]`), in order.
    var positional: [String]
    /// The tag exactly as written.
    var source: String

    /// `[name]` or `[/name]`, for diagnostics.
    var label: String { closing ? "[/\(name)]" : "[\(name)]" }

    /// The longest tag read, in bytes; real shortcode tags are far shorter.
    static let longest = 4096

    /// The tag starting at the `[` at `start` of `bytes`, and the index after it; nil when the
    /// text there is no shortcode (`[1]`, `[ note ]`, an unclosed bracket).
    static func parse(_ all: [UInt8], at start: Int) -> (tag: WXRShortcodeTag, end: Int)? {
        let bytes = all[start..<min(all.count, start + longest)]
        guard bytes.first == UInt8(ascii: "[") else { return nil }
        var i = start + 1
        let closing = i < bytes.endIndex && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        guard i < bytes.endIndex, isLetter(bytes[i]) else { return nil }
        let nameStart = i
        while i < bytes.endIndex, isNameByte(bytes[i]) { i += 1 }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
        guard i < bytes.endIndex else { return nil }
        if closing {
            guard bytes[i] == UInt8(ascii: "]") else { return nil }
            return (WXRShortcodeTag(name: name, closing: true, selfClosing: false, attributes: [:], positional: [],
                                    source: String(decoding: bytes[start...i], as: UTF8.self)), i + 1)
        }
        guard bytes[i] == UInt8(ascii: "]") || bytes[i] == UInt8(ascii: "/") || isSpace(bytes[i]),
              let end = closingBracket(bytes, from: i) else { return nil }
        var inside = String(decoding: bytes[i..<end], as: UTF8.self).trimmingWhitespace
        let selfClosing = inside.hasSuffix("/")
        if selfClosing { inside.removeLast() }
        let (attributes, positional) = attributeValues(inside)
        return (WXRShortcodeTag(name: name, closing: false, selfClosing: selfClosing, attributes: attributes,
                                positional: positional, source: String(decoding: bytes[start...end], as: UTF8.self)),
                end + 1)
    }

    /// The index of the `]` ending the tag, outside quotes; nil when a `[` (even in quotes, as
    /// WordPress allows none in attributes) or a `<` outside quotes comes first.
    private static func closingBracket(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        for i in start..<bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "[") {
                return nil
            } else if let open = quote {
                if b == open { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "]") {
                return i
            } else if b == UInt8(ascii: "<") {
                return nil
            }
        }
        return nil
    }

    /// `ids="1,2" size=large https://x` → `["ids": "1,2", "size": "large"]`, `["https://x"]`.
    static func attributeValues(_ text: String) -> ([String: String], [String]) {
        var named: [String: String] = [:]
        var positional: [String] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard let first = rest.first else { break }
            if first == "\"" || first == "'" {
                positional.append(quoted(&rest))
                continue
            }
            let word = rest.prefix { !$0.isWhitespace && $0 != "=" }
            rest = rest.dropFirst(word.count)
            let afterWord = rest.drop(while: \.isWhitespace)
            guard afterWord.first == "=" else {
                positional.append(String(word))
                continue
            }
            rest = afterWord.dropFirst().drop(while: \.isWhitespace)
            let value: String
            if let open = rest.first, open == "\"" || open == "'" {
                value = quoted(&rest)
            } else {
                let bare = rest.prefix { !$0.isWhitespace }
                rest = rest.dropFirst(bare.count)
                value = String(bare)
            }
            named[word.lowercased()] = value
        }
        return (named, positional)
    }

    /// The quoted value at the start of `rest` (without its quotes); `rest` moves past it.
    private static func quoted(_ rest: inout Substring) -> String {
        let quote = rest.removeFirst()
        let value = rest.prefix { $0 != quote }
        rest = rest.dropFirst(value.count)
        if !rest.isEmpty { rest.removeFirst() }
        return String(value)
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
