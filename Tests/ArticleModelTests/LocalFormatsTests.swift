import ArticleModel
import Testing

/// Dates, months, numbers and sizes as ICU writes them for each language, shown in the
/// date's own offset.
@Suite struct LocalFormatsTests {
    /// 1 March 2024, 12:00 UTC.
    static let march = ArticleDate(year: 2024, month: 3, day: 1, hour: 12)!

    @Test(arguments: [
        ("en", "1 March 2024"), ("en-GB", "1 March 2024"), ("en-US", "March 1, 2024"),
        ("de", "1. März 2024"), ("fr", "1 mars 2024"), ("es", "1 de marzo de 2024"), ("it", "1 marzo 2024"),
        ("pt", "1 de março de 2024"), ("nl", "1 maart 2024"), ("ru", "1 марта 2024\u{202F}г."), ("pl", "1 marca 2024"),
        ("ja", "2024年3月1日"), ("zh", "2024年3月1日"), ("ko", "2024년 3월 1일"),
        ("ar", "1 مارس، 2024"), ("ar-EG", "١ مارس، ٢٠٢٤"), ("he", "1 במרץ 2024"), ("fa", "۱ مارس ۲۰۲۴"),
    ])
    func writesTheDayAsTheLanguageDoes(language: String, expected: String) {
        #expect(LocalFormats.of(language).day(Self.march) == expected)
    }

    @Test func showsTheDayInTheDatesOwnOffset() {
        // 23:30 on 29 February in New York is already 1 March in UTC.
        let late = ArticleDate(year: 2024, month: 2, day: 29, hour: 23, minute: 30, offsetSeconds: -5 * 3600)!
        #expect(LocalFormats.of("de").day(late) == "29. Februar 2024")
        let early = ArticleDate(year: 2024, month: 3, day: 1, hour: 0, minute: 15, offsetSeconds: 9 * 3600)!
        #expect(LocalFormats.of("ja").day(early) == "2024年3月1日")
    }

    @Test(arguments: [
        ("en", "March 2024", "March"), ("de", "März 2024", "März"), ("fr", "Mars 2024", "Mars"),
        ("es", "Marzo de 2024", "Marzo"), ("ru", "Март 2024\u{202F}г.", "Март"), ("pl", "Marzec 2024", "Marzec"),
        ("ja", "2024年3月", "3月"), ("ar", "مارس 2024", "مارس"),
    ])
    func writesMonthsAsLabels(language: String, month: String, name: String) {
        let formats = LocalFormats.of(language)
        #expect(formats.month(year: 2024, month: 3) == month)
        #expect(formats.monthName(3) == name)
    }

    @Test(arguments: [
        ("en", "12,345", "2024"), ("de", "12.345", "2024"), ("fr", "12\u{202F}345", "2024"), ("pl", "12\u{A0}345", "2024"),
        ("ar", "12,345", "2024"), ("ar-EG", "١٢٬٣٤٥", "٢٠٢٤"), ("fa", "۱۲٬۳۴۵", "۲۰۲۴"), ("ja", "12,345", "2024"),
    ])
    func writesNumbersAsTheLanguageDoes(language: String, number: String, year: String) {
        let formats = LocalFormats.of(language)
        #expect(formats.number(12_345) == number)
        #expect(formats.year(2024) == year)
    }

    /// (ICU puts a narrow no-break space before Russian `г.` and French units.)
    @Test(arguments: [
        ("en", 421_888, "412 kB"), ("en", 4_404_019, "4.2 MB"), ("de", 4_404_019, "4,2 MB"), ("fr", 4_404_019, "4,2\u{202F}Mo"),
        ("en", 500, "500 bytes"), ("ru", 20 << 20, "20 МБ"),
    ])
    func writesSizesInUnitsOf1024(language: String, bytes: Int, expected: String) {
        #expect(LocalFormats.of(language).size(bytes: bytes) == expected)
    }

    @Test func isMadeOncePerLanguage() {
        let first = LocalFormats.of("nl")
        #expect(first.language == "nl")
        #expect(LocalFormats.of("nl").day(Self.march) == first.day(Self.march))
    }
}
