import ArticleModel
import HTMLSanitizer
import Testing

/// `URLScheme.of`, the one decision on what a URL's scheme is, and `CharacterReferences`,
/// which it decodes with. Values are as an attribute holds them once the HTML is parsed.
@Suite struct URLSchemeTests {
    @Test(arguments: [
        ("https://news.example/", "https"),
        ("HTTP://news.example/", "http"),
        ("mailto:a@example.com", "mailto"),
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("  \u{1}\u{1F}javascript:alert(1)", "javascript"),
        ("java\tscr\nipt\r:alert(1)", "javascript"),
        ("java\u{AD}script\u{200B}:x", "javascript"),
        ("\u{FEFF}javascript:x", "javascript"),
        ("javascript&colon;x", "javascript"),
        ("javascript&COLON;x", "javascript"),
        ("javascript&colon x", "javascript"),
        ("javascript&#58;x", "javascript"),
        ("javascript&#58x", "javascript"),
        ("javascript&#00000058;x", "javascript"),
        ("javascript&#x3a;x", "javascript"),
        ("javascript&#X03A;x", "javascript"),
        ("javascript&#x000000000003A;x", "javascript"),
        ("javascript&#x3Ax", "javascript"),
        ("&#106;avascript:x", "javascript"),
        ("&#x6A&#x61vascript:x", "javascript"),
        ("java&Tab;script:x", "javascript"),
        ("java&NewLine;script:x", "javascript"),
        ("&Tab;&#32;javascript:x", "javascript"),
        ("java&shy;script&ZeroWidthSpace;:x", "javascript"),
        ("javascript&amp;colon;x", "javascript"),
        ("javascript&amp;amp;#x3a;x", "javascript"),
        ("vbscript&#x3a;x", "vbscript"),
        ("data&colon;text/html,x", "data"),
        ("%6Aavascript:x", "javascript"),
        ("java%09script%3Ax", "javascript"),
        ("&percnt;6Aavascript:x", "javascript"),
        ("c:/windows", "c"),
        ("view-source:x", "view-source"),
        ("a+b.c-d:x", "a+b.c-d"),
    ])
    func readsTheScheme(_ url: String, _ scheme: String) {
        #expect(URLScheme.of(url)?.name == scheme, "\(url.debugDescription)")
    }

    @Test(arguments: [
        "", "/path", "page.html", "../up", "?q=javascript:x", "#javascript:x", "//cdn.example/a.png",
        "1abc:x", "java script\u{301}:x", "/a&colon;b", "a/b:c", "a?b:c", "a#b:c", "&eacute;x:y", "&#x2F;javascript:x",
        "javascript", "java&lt;script:x", "%2Fjavascript:x", "%zz:x", "ja%CC%81vascript:x",
    ])
    func findsNoSchemeInARelativeReference(_ url: String) {
        #expect(URLScheme.of(url) == nil, "\(url.debugDescription)")
    }

    @Test func readsAValueTooDeepInReferencesAsDisguised() {
        let url = "javascript&" + String(repeating: "amp;", count: 4) + "colon;x"
        #expect(URLScheme.of(url)?.name == "javascript")
        let deep = "javascript&" + String(repeating: "amp;", count: 20) + "colon;x"
        #expect(URLScheme.of(deep)?.name == "javascript&")
        #expect(URLScheme.of(deep)?.isWeb == false)
    }

    @Test func readsLongValuesOnlyUpToTheirScheme() {
        let long = "data:image/png;base64," + String(repeating: "A", count: 2_000_000)
        #expect(URLScheme.of(long)?.name == "data")
        let padded = "java" + String(repeating: "&Tab;", count: 100_000) + "script:x"
        #expect(URLScheme.of(padded)?.name == "javascript")
    }

    @Test(arguments: [
        ("a&colon;b&Tab;c&NewLine;d", "a:b\tc\nd"),
        ("&#58;&#058;&#x3a;&#X3A;&#x0003a;&#58", "::::::"),
        ("&#0;&#xD800;&#x110000;&#99999999999;", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&amp;colon;", "&colon;"),
        ("&fjlig;&nbsp;&eacute;&colonx;", "fj\u{A0}&eacute;&colonx;"),
        ("&#;&#x;&", "&#;&#x;&"),
    ])
    func decodesReferences(_ text: String, _ decoded: String) {
        #expect(CharacterReferences.decode(text) == decoded)
    }

    @Test(arguments: [
        "https://news.example/a", "http://x.example", "HTTPS://X.EXAMPLE/",
    ])
    func acceptsPlainWebAddresses(_ text: String) {
        #expect(text.isWebAddress)
    }

    @Test(arguments: [
        "https&colon;//news.example/", "https:news.example", "https:///path", "https://", " https://x.example/",
        "javascript://x.example/%0Aalert(1)", "ftp://x.example/", "/relative", "ht\ttps://x.example/",
    ])
    func refusesEverythingElseAsAWebAddress(_ text: String) {
        #expect(!text.isWebAddress)
    }

    @Test(arguments: [
        (#"<a href="javascript&amp;#x03a;alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="javascript&amp;#00058;alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="javascript&amp;#x0003A;alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="java&amp;Tab;script:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="&amp;#106;avascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<img src="data&amp;colon;image/png;base64,x">"#, ""),
        (#"<img src="DATA:image/PNG;base64,x">"#, #"<img src="DATA:image/PNG;base64,x" />"#),
        (#"<a href="/a?b=1&amp;colon=2">x</a>"#, #"<a href="/a?b=1&amp;colon=2">x</a>"#),
        (#"<a href="?x=javascript:alert(1)">x</a>"#, #"<a href="?x=javascript:alert(1)">x</a>"#),
    ])
    func sanitiserUsesTheDecision(_ input: String, _ expected: String) {
        #expect(Sanitizer.clean(html: input) == expected)
    }
}
