/// What a URL's scheme is: the one decision every stage takes before it keeps, links to or
/// names anything by a URL from untrusted input (the sanitiser, web-address checks, the book,
/// ids).
///
/// The scheme is read as a browser's URL parser reads it, after HTML character references are
/// decoded (see ``CharacterReferences``): leading controls and spaces skipped, tabs and line
/// breaks skipped anywhere, letters compared without case; then an ASCII letter, letters,
/// digits, `+`, `-` or `.`, and a colon. Where it differs from a browser it finds more schemes,
/// never fewer: it skips every invisible character (controls, spaces, soft hyphens, zero-width
/// and direction marks), decodes percent escapes (`%6Aavascript:`) and decodes references
/// again until none is left, so a value that any later reader (a browser, libcmark, an
/// e-reader) could take for `javascript:` is read as `javascript` here too.
///
/// ```swift
/// URLScheme.of("  Java&#x09;Script&colon;alert(1)")?.name  // "javascript"
/// URLScheme.of("https://news.example/")?.isWeb            // true
/// URLScheme.of("/2024/06/story/")                         // nil: relative
/// ```
public struct URLScheme: Hashable, Sendable {
    /// The scheme in lowercase, without its colon: `https`, `mailto`, `javascript`.
    public let name: String

    /// A scheme by name (lowercased).
    public init(_ name: String) {
        self.name = name.lowercased()
    }

    /// Whether this is `http` or `https`.
    public var isWeb: Bool { name == "http" || name == "https" }

    /// Whether a link with this scheme can run a script or carry a whole document of its own:
    /// `javascript`, `vbscript`, `livescript`, `data`.
    public var isScriptOrData: Bool { Self.scriptOrData.contains(name) }

    private static let scriptOrData: Set<String> = ["javascript", "vbscript", "livescript", "data"]

    /// How many times references are decoded before a value still full of them is taken for
    /// a disguised scheme.
    private static let decodingRounds = 8

    /// The scheme of `url`, or nil when `url` is a relative reference (a path, a query, a
    /// fragment, or text with no colon in a scheme's place).
    public static func of(_ url: String) -> URLScheme? {
        let start = schemePart(of: url)
        let plain = decodedScheme(start)
        if plain?.isScriptOrData == true { return plain }
        // Read again with the skipped characters gone first: `&col<LF>on;` is `&colon;` to
        // whatever later drops line breaks (the URL parser, the Markdown writer).
        guard let joined = decodedScheme(withoutSkipped(start)), plain == nil || joined.isScriptOrData else { return plain }
        return joined
    }

    /// The scheme of `start`, decoding references and escapes until nothing changes.
    private static func decodedScheme(_ start: String) -> URLScheme? {
        var candidate = start
        for _ in 0..<decodingRounds {
            let decoded = percentDecoded(CharacterReferences.decode(candidate))
            if decoded == candidate { return read(decoded) }
            candidate = schemePart(of: decoded)
        }
        return disguised(candidate)
    }

    /// The start of `text` that can hold a scheme: up to and including the first colon or the
    /// first character that can be neither in a scheme, nor in a reference, nor skipped. What
    /// follows cannot change what the scheme is.
    private static func schemePart(of text: String) -> String {
        var end = text.unicodeScalars.startIndex
        for scalar in text.unicodeScalars {
            end = text.unicodeScalars.index(after: end)
            if scalar == ":" || !(isSchemeCharacter(scalar) || isReferenceCharacter(scalar) || isSkipped(scalar)) { break }
        }
        return String(text.unicodeScalars[..<end])
    }

    /// `text` without the characters a scheme reader skips (see ``isSkipped(_:)``).
    private static func withoutSkipped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSkipped(scalar) { out.append(scalar) }
        return String(out)
    }

    /// `text` with its `%XX` escapes decoded as UTF-8 (invalid bytes as U+FFFD).
    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Reads a scheme from decoded text: skipped characters aside, an ASCII letter, then
    /// scheme characters up to a colon.
    private static func read(_ text: String) -> URLScheme? {
        var name = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSkipped(scalar) {
            if scalar == ":" { return name.isEmpty ? nil : URLScheme(String(name)) }
            guard isSchemeCharacter(scalar), !name.isEmpty || isASCIILetter(scalar) else { return nil }
            name.append(scalar)
        }
        return nil
    }

    /// A value still holding references after ``decodingRounds`` decodings: named by the
    /// letters before its first `&`, and never a web or relative address.
    private static func disguised(_ text: String) -> URLScheme {
        let letters = text.unicodeScalars.prefix { $0 != "&" }.filter { !isSkipped($0) }
        return URLScheme(String(String.UnicodeScalarView(letters)) + "&")
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    private static func isSchemeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || (0x30...0x39).contains(scalar.value) || scalar == "+" || scalar == "-" || scalar == "."
    }

    /// Characters of a character reference or a percent escape.
    private static func isReferenceCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "&" || scalar == "#" || scalar == ";" || scalar == "%"
    }

    /// Controls, spaces and invisible characters: skipped wherever they are in a scheme.
    private static func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || (0x7F...0xA0).contains(scalar.value)
            || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }
}
