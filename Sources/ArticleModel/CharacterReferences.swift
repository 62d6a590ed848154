/// Decodes HTML character references the way a browser reads an attribute value, erring on
/// the side of decoding more: numeric references in every form (`&#58;`, `&#x3A;`, `&#X003a`,
/// any number of leading zeros, with or without `;`) and the named references that stand for
/// ASCII characters or for invisible ones (`&colon;`, `&Tab;`, `&NewLine;`, `&nbsp;`, `&shy;`,
/// `&ZeroWidthSpace;`), with or without `;`, in any letter case (a name must be followed by
/// `;` or by a character that is not a letter or digit).
///
/// It exists to decide what a URL's scheme is (see ``URLScheme``), so it knows every
/// reference that can write a scheme's letters, its colon or the characters browsers skip in
/// it; references to other characters (`&eacute;`) are left as written, which can only make a
/// value look less like a scheme, never more.
///
/// ```swift
/// CharacterReferences.decode("java&Tab;script&#x0003A;alert(1)")  // "java\tscript:alert(1)"
/// ```
public enum CharacterReferences {
    /// `text` with every reference it knows decoded once.
    public static func decode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(in: scalars, at: i) {
                out.append(contentsOf: decoded)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `index` (an `&`): what it stands for and how many scalars it
    /// spans, its `;` included.
    private static func reference(in scalars: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], Int)? {
        let next = index + 1
        guard next < scalars.count else { return nil }
        if scalars[next] == "#" { return numeric(in: scalars, at: index) }
        return named(in: scalars, at: index)
    }

    /// `&#123;`, `&#x7B;`: decimal or hexadecimal, `;` optional; zero, surrogates and values
    /// past U+10FFFF read as U+FFFD, as browsers do.
    private static func numeric(in scalars: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], Int)? {
        var i = index + 2
        var radix: UInt32 = 10
        if i < scalars.count, scalars[i] == "x" || scalars[i] == "X" {
            radix = 16
            i += 1
        }
        let start = i
        var value: UInt32 = 0
        while i < scalars.count, let digit = digitValue(scalars[i], radix: radix) {
            value = min(value &* radix &+ digit, 0x110000)
            i += 1
        }
        guard i > start else { return nil }
        if i < scalars.count, scalars[i] == ";" { i += 1 }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return ([scalar ?? "\u{FFFD}"], i - index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
        default: return nil
        }
    }

    /// `&colon;`, `&Tab`: a known name spelled by all the letters and digits after `&`.
    private static func named(in scalars: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], Int)? {
        var name = String.UnicodeScalarView()
        var i = index + 1
        while i < scalars.count, isASCIIAlphanumeric(scalars[i]) {
            guard i - index <= longestName else { return nil }
            name.append(scalars[i])
            i += 1
        }
        guard let value = names[String(name).lowercased()] else { return nil }
        if i < scalars.count, scalars[i] == ";" { i += 1 }
        return (Array(value.unicodeScalars), i - index)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    private static let longestName = 24

    /// Lowercased names and what they stand for: every HTML named reference whose value is
    /// ASCII, and those whose value is a space or an invisible character.
    private static let names: [String: String] = [
        "tab": "\t", "newline": "\n", "excl": "!", "quot": "\"", "num": "#", "dollar": "$",
        "percnt": "%", "amp": "&", "apos": "'", "lpar": "(", "rpar": ")", "ast": "*", "midast": "*",
        "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "lt": "<",
        "equals": "=", "gt": ">", "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[", "bsol": "\\",
        "rsqb": "]", "rbrack": "]", "hat": "^", "lowbar": "_", "underbar": "_", "grave": "`",
        "diacriticalgrave": "`", "lcub": "{", "lbrace": "{", "verbar": "|", "vert": "|",
        "verticalline": "|", "rcub": "}", "rbrace": "}", "fjlig": "fj",
        "nbsp": "\u{A0}", "nonbreakingspace": "\u{A0}", "shy": "\u{AD}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "emsp13": "\u{2004}", "emsp14": "\u{2005}",
        "numsp": "\u{2007}", "puncsp": "\u{2008}", "thinsp": "\u{2009}", "thinspace": "\u{2009}",
        "hairsp": "\u{200A}", "verythinspace": "\u{200A}", "zerowidthspace": "\u{200B}",
        "negativeverythinspace": "\u{200B}", "negativethinspace": "\u{200B}",
        "negativemediumspace": "\u{200B}", "negativethickspace": "\u{200B}", "zwnj": "\u{200C}",
        "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "mediumspace": "\u{205F}",
        "thickspace": "\u{205F}\u{200A}", "nobreak": "\u{2060}", "af": "\u{2061}",
        "applyfunction": "\u{2061}", "it": "\u{2062}", "invisibletimes": "\u{2062}", "ic": "\u{2063}",
        "invisiblecomma": "\u{2063}",
    ]
}
