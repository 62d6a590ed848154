import ArticleModel
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("22-Year-Old Killed In North Korea For Watching K-Pop: Report", "22-year-old-killed-in-north-korea-for-watching-k-pop-report"),
        ("Kim Jong-un’s “Visit”: Day 2", "kim-jong-uns-visit-day-2"),
        ("Ünïcödé Straße", "ünïcödé-straße"),
        ("北朝鮮のミサイル", "北朝鮮のミサイル"),
        ("Привет, мир!", "привет-мир"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "untitled"),
        ("   ", "untitled"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("Tea & Biscuits", "tea-biscuits"),
        ("e\u{301}cole", "e\u{301}cole"),
    ])
    func slugs(title: String, expected: String) {
        #expect(Slug(title).value == expected)
    }

    @Test func longTitlesAreCutAtAHyphen() {
        let slug = Slug(String(repeating: "word ", count: 40))
        #expect(slug.value.count <= Slug.maximumLength)
        #expect(!slug.value.hasSuffix("-"))
        #expect(slug.value.hasPrefix("word-word"))
    }

    @Test func uniqueAppendsCounters() {
        #expect(Slug("a").unique(among: []).value == "a")
        #expect(Slug("a").unique(among: ["a"]).value == "a-2")
        #expect(Slug("a").unique(among: ["a", "a-2", "a-3"]).value == "a-4")
    }

    @Test func tagsKeepPlusSharpAndEmojiApart() {
        #expect(Tag("C").slug.value == "c")
        #expect(Tag("C++").slug.value == "c-plus-plus")
        #expect(Tag("C#").slug.value == "c-sharp")
        #expect(Tag("😀").slug != Tag("🎉").slug)
        #expect(Tag("😀").slug.value.hasPrefix("tag-"))
    }

    @Test func tagsCompareBySlug() {
        #expect(Tag("North Korea") == Tag("north-korea"))
        #expect(Tag("  Asia ").name == "Asia")
    }
}

@Suite struct WebAddressTests {
    @Test(arguments: [
        ("https://example.com/a", true), ("HTTP://Example.com", true), ("http://x", true),
        ("https://", false), ("https:///path", false), ("javascript:alert(1)", false),
        ("//example.com/a", false), ("/relative", false), ("file:///etc/passwd", false), ("ftp://x", false),
    ])
    func onlyAbsoluteHTTPAddressesWithAHost(text: String, expected: Bool) {
        #expect(text.isWebAddress == expected)
    }
}
