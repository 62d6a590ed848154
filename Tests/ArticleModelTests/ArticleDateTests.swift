import ArticleModel
import Testing

@Suite struct ArticleDateTests {
    @Test(arguments: [
        ("2024-06-28T12:22:37+00:00", "2024-06-28T12:22:37+00:00"),
        ("2024-06-28T12:22:37Z", "2024-06-28T12:22:37+00:00"),
        ("2024-06-28T12:22:37.123-04:00", "2024-06-28T12:22:37-04:00"),
        ("2024-06-28 12:22:37 +0530", "2024-06-28T12:22:37+05:30"),
        ("2024-06-28T12:22", "2024-06-28T12:22:00+00:00"),
        ("2024-06-28", "2024-06-28T00:00:00+00:00"),
        ("2024-02-29T23:59:59+14:00", "2024-02-29T23:59:59+14:00"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59+00:00"),
    ])
    func parsesAndFormatsKeepingTheOffset(input: String, expected: String) {
        #expect(ArticleDate(iso8601: input)?.iso8601 == expected)
    }

    @Test(arguments: ["", "2024", "2024-13-01", "2023-02-29", "2024-06-28T25:00", "2024-06-28T12:22:37+99:00", "yesterday", "2024-06-28T12:22:37Zjunk"])
    func rejectsInvalid(input: String) {
        #expect(ArticleDate(iso8601: input) == nil)
    }

    @Test func sameInstantInDifferentZones() {
        let a = ArticleDate(iso8601: "2024-06-28T12:00:00+02:00")!
        let b = ArticleDate(iso8601: "2024-06-28T10:00:00Z")!
        #expect(a.date == b.date)
        #expect(a.local.day == 28 && a.local.hour == 12)
        #expect(a.local.weekday == 5)  // a Friday
    }

    @Test func diagnosticsSayWhereAndWhat() {
        let d = Diagnostic(.warning, file: "feeds/a.xml", item: "item 3 \"Budget\"", line: 40, "no date", hint: "add a pubDate")
        #expect(d.description == "feeds/a.xml:40: item 3 \"Budget\": warning: no date (add a pubDate)")
    }

    @Test func contentHashIsStable() {
        #expect(ContentHash.of("") == "cbf29ce484222325")
        #expect(ContentHash.of("a") == "af63dc4c8601ec8c")
    }
}

@Suite struct OffsetRangeTests {
    @Test(arguments: ["2024-06-28T12:00:00+05:75", "2024-06-28T12:00:00+24:00"])
    func impossibleOffsetsAreRejected(input: String) {
        #expect(ArticleDate(iso8601: input) == nil)
    }
}
