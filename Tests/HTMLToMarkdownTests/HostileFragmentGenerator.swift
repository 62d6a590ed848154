/// Makes hostile HTML fragments from a fixed seed (a 64-bit LCG), so a failure reproduces:
/// links, images, quotes and nested links whose URLs spell `javascript:`, `vbscript:` or
/// `data:` with random character references, tabs, line breaks, case and leading controls,
/// and whose titles hold quotes, backslashes, `</a>` and `<img onerror>`.
struct HostileFragmentGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func pick<T>(_ options: [T]) -> T { options[next(options.count)] }

    /// One fragment.
    mutating func fragment() -> String {
        let inner = element()
        switch next(6) {
        case 0: return "<p>" + inner + " " + element() + "</p>"
        case 1: return "<table><tr><td>" + inner + "</td></tr></table>"
        case 2: return "<ul><li>" + inner + "</li></ul>"
        case 3: return "<h2>" + inner + "</h2>"
        case 4: return "<blockquote><p>" + inner + "</p></blockquote>"
        default: return inner
        }
    }

    private mutating func element() -> String {
        switch next(8) {
        case 0, 1: return "<a href=\"\(url())\"\(title())>\(text())</a>"
        case 2: return "<img src=\"\(url())\" alt=\"\(attributeText())\"\(title())>"
        case 3: return "<a href=\"\(url())\"\(title())>\(text())<\(pick(["em", "span", "b"]))><a href=\"\(url())\"\(title())>\(text())</a></\(pick(["em", "span", "b"]))></a>"
        case 4: return "<a href=\"\(url())\"\(title())><img src=\"\(url())\" alt=\"\(attributeText())\"></a>"
        case 5: return "<q cite=\"\(url())\">\(text())</q>"
        case 6: return "<\(pick(["video poster", "img srcset", "button formaction", "a xlink:href", "iframe src"]))=\"\(url())\">\(text())"
        default: return text() + pick(["", "<br>", " "]) + "<a href=\"\(url())\">\(url())</a>"
        }
    }

    /// A URL attribute value, HTML-escaped as a feed would write it.
    private mutating func url() -> String {
        switch next(5) {
        case 0: return pick(["/ok", "https://example.com/a?b=1&amp;c=2", "mailto:a@example.com", "#top", "../up(1)", "a b"])
        case 1: return pick(["&lt;x&gt;", "/a\\", "/a\\&amp;", "/p)", "(/p", "&amp;#x3c;"]) + spelled("javascript") + ":x"
        default:
            let scheme = pick(["javascript", "vbscript", "data", "livescript", "http"])
            return leading() + spelled(scheme) + colon() + pick(["alert(1)", "text/html,x", "//x.example/", "msgbox(1)"])
        }
    }

    private mutating func leading() -> String {
        pick(["", "", " ", "&#1;", "&#x20;", "&amp;Tab;", "&#x0A;", "&#xFEFF;"])
    }

    /// `word` with random case and random characters written as references or split by
    /// invisible ones.
    private mutating func spelled(_ word: String) -> String {
        var out = ""
        for character in word {
            let letter = next(2) == 0 ? character.uppercased() : String(character)
            switch next(9) {
            case 0: out += "&#\(String(repeating: "0", count: next(4)))\(character.asciiValue!);"
            case 1: out += "&amp;#x\(String(character.asciiValue!, radix: 16))" + pick([";", ""])
            case 2: out += letter + pick(["&#9;", "&#x0A;", "&amp;Tab;", "&amp;NewLine;", "&#13;", "&#xAD;"])
            default: out += letter
            }
        }
        return out
    }

    private mutating func colon() -> String {
        pick([":", ":", "&colon;", "&amp;colon;", "&amp;#58;", "&amp;#x3A;", "&amp;#x0003a", "&amp;#00058;", "&amp;amp;colon;", "&#58;"])
    }

    private mutating func title() -> String {
        next(3) == 0 ? "" : " title=\"\(attributeText())\""
    }

    /// Text for a `title` or `alt`, HTML-escaped.
    private mutating func attributeText() -> String {
        (0..<(1 + next(3))).map { _ in
            pick(["&quot;", "&quot;)", "\\", "\\&quot;", "&lt;/a&gt;", "&lt;img src=x onerror=alert(1)&gt;", "](", "[", "&amp;quot;",
                  "&amp;#x22;", "&#10;&#10;", "t", "&lt;", "&gt;", "'", ")", "*", "`"])
        }.joined()
    }

    private mutating func text() -> String {
        (0..<(1 + next(3))).map { _ in
            pick(["x", "[", "]", "](", "\\", "&lt;b&gt;", "`", "*", "!", "&amp;#58;", "&lt;javascript:alert(1)&gt;"])
        }.joined()
    }
}
