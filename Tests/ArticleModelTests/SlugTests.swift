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
        // 20 words and 19 hyphens are 99 bytes; the 21st word would pass 100.
        #expect(slug.value == Array(repeating: "word", count: 20).joined(separator: "-"))
        let cutInsideAWord = Slug(String(repeating: "abc ", count: 24) + "abcdefghij")
        // 24 × "abc" and 23 hyphens are 95 bytes; "-abcdefghij" does not fit and is dropped whole.
        #expect(cutInsideAWord.value == Array(repeating: "abc", count: 24).joined(separator: "-"))
    }

    /// Each case: the title, the slug expected (compared byte for byte, so NFC is checked too).
    @Test(arguments: [
        // Windows device names, in any case, get `-1`; look-alikes do not.
        ("CON", "con-1"), ("nul", "nul-1"), ("Aux!", "aux-1"), ("prn", "prn-1"), ("LPT9", "lpt9-1"),
        ("com0", "com0-1"), ("COM¹", "com¹-1"), ("con.txt", "con-txt"), ("com10", "com10"),
        ("Console", "console"), ("lpt", "lpt"),
        // NFD and NFC titles give the same, NFC slug.
        ("e\u{301}cole", "\u{e9}cole"), ("\u{e9}cole", "\u{e9}cole"),
        ("A\u{30a}ngstro\u{308}m", "\u{e5}ngstr\u{f6}m"),
        // Marks past four on one letter are dropped; a mark after a separator has no letter.
        // (NFC orders them by combining class first: 337, 322, 353, 330, 34d, 35c.)
        ("Z\u{337}\u{322}\u{353}\u{35c}\u{330}\u{34d}algo", "z\u{337}\u{322}\u{353}\u{330}algo"),
        ("a \u{301}b", "a-b"),
        // A character (cluster) longer than 32 bytes is a separator: 20 leading jamo are 60 bytes.
        ("ok" + String(repeating: "\u{1100}", count: 20) + "go", "ok-go"),
        ("한국어 뉴스", "한국어-뉴스"),
    ])
    func hostileAndReservedTitles(title: String, expected: String) {
        #expect(Array(Slug(title).value.utf8) == Array(expected.utf8), "\(Slug(title).value.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func clustersOfHundredsOfMarksStayWithinTheLimit() {
        // 80 letters with 300 acute accents each: 48 KB. Only the first 4096 bytes are read
        // (6 whole letters and part of a 7th), each kept as á plus four accents: 10 bytes.
        let title = String(repeating: "a" + String(repeating: "\u{301}", count: 300), count: 80)
        let letter = "\u{e1}" + String(repeating: "\u{301}", count: 4)
        #expect(Array(Slug(title).value.utf8) == Array(String(repeating: letter, count: 7).utf8))
        // Spelled as words, the cut lands on a character boundary within 100 bytes.
        let words = String(repeating: letter + letter + letter + " ", count: 40)
        let slug = Slug(words)
        #expect(slug.value.utf8.count <= Slug.maximumBytes)
        #expect(slug.value == Array(repeating: letter + letter + letter, count: 3).joined(separator: "-"))
    }

    @Test func aTenMegabyteTitleIsReadOnlyAsFarAsNeeded() {
        // Quadratic slugging took over 60 s on 10 MB; this must finish at once.
        let title = "Breaking: " + String(repeating: "x\u{301}\u{302} ", count: 2_000_000)
        let slug = Slug(title)
        #expect(slug.value.hasPrefix("breaking-x\u{301}\u{302}-"))
        #expect(slug.value.utf8.count <= Slug.maximumBytes)
        #expect(Slug(String(repeating: "!", count: 10_000_000)).value == "untitled")
    }

    @Test func uniqueStaysWithinTheLimit() {
        let full = Slug(String(repeating: "ab", count: 60))  // one 120-byte word, cut to 100 bytes
        #expect(full.value == String(repeating: "ab", count: 50))
        let second = full.unique(among: [full.value])
        #expect(second.value == String(repeating: "ab", count: 49) + "-2")
        // A two-digit counter takes one byte more of the base.
        let tenth = full.unique(among: Set([full.value] + (2...9).map { String(repeating: "ab", count: 49) + "-\($0)" }))
        #expect(tenth.value == String(repeating: "ab", count: 48) + "a-10")
        #expect(Slug("con").unique(among: ["con-1"]).value == "con-1-2")
    }

    @Test func slugsAreNeverEmptyNorDots() {
        for title in ["", ".", "..", "...", "-", "’", "\u{301}", String(repeating: "\u{1100}", count: 40)] {
            let slug = Slug(title)
            #expect(slug.value == "untitled", "\(title)")
        }
        #expect(Slug("!!", fallback: "NUL").value == "nul-1")
        #expect(Slug("!!", fallback: "??").value == "untitled")
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
