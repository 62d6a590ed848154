import ArticleModel
import Foundation
@testable import PageExtract
import Testing

/// Every page in `Pages/` gives its expected article and metadata, and the extraction's word
/// F1 against the expected articles is measured (median at least 0.95).
@Suite struct PageExtractTests {
    @Test func thereArePages() {
        #expect(PageCorpus.names.count >= 8)
    }

    @Test(arguments: PageCorpus.names) func extractsTheArticle(_ name: String) throws {
        let page = PageExtractor.extract(try PageCorpus.page(name), file: name + ".html")
        let markdown = PageCorpus.markdown(of: page)
        if PageCorpus.recording { try PageCorpus.record(markdown, name, "expected.md") }
        #expect(markdown == PageCorpus.expected(name, "expected.md"))
    }

    @Test(arguments: PageCorpus.names) func readsTheMetadata(_ name: String) throws {
        let page = PageExtractor.extract(try PageCorpus.page(name), file: name + ".html")
        let text = PageCorpus.metadataText(page.metadata)
        if PageCorpus.recording { try PageCorpus.record(text, name, "meta.txt") }
        #expect(text == PageCorpus.expected(name, "meta.txt"))
    }

    @Test func wordF1MedianIsAtLeast095() throws {
        var scores: [Double] = []
        var baseline: [Double] = []
        for name in PageCorpus.names {
            let html = try PageCorpus.page(name)
            let expected = PageCorpus.expected(name, "expected.md")
            let score = WordF1.score(PageCorpus.markdown(of: PageExtractor.extract(html)), expected: expected)
            let whole = WordF1.score(PageCorpus.wholeMarkdown(html), expected: expected)
            print("word F1 \(name): \(String(format: "%.3f", score)) (whole page: \(String(format: "%.3f", whole)))")
            scores.append(score)
            baseline.append(whole)
        }
        let median = WordF1.median(scores)
        print("word F1 median over \(scores.count) pages: \(String(format: "%.3f", median)) (whole page: \(String(format: "%.3f", WordF1.median(baseline))))")
        #expect(median >= 0.95)
    }

    @Test(arguments: PageCorpus.names) func extractsOnlyWordsOfThePage(_ name: String) throws {
        let html = try PageCorpus.page(name)
        let page = PageExtractor.extract(html)
        let pageWords = Set(WordF1.words(html))  // text, attributes (image addresses) and all
        let invented = WordF1.words(PageCorpus.markdown(of: page)).filter { !pageWords.contains($0) }
        #expect(invented.isEmpty, "\(invented.prefix(10))")
        #expect(PageExtractor.extract(html) == page)  // deterministic
    }

    @Test func everyDropSaysWhy() throws {
        let page = PageExtractor.extract(try PageCorpus.page("news-megamenu"), file: "news.html")
        let messages = page.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("dropped the navigation (nav, ") })
        #expect(messages.contains { $0.hasPrefix("dropped a cookie notice") || $0.hasPrefix("dropped a pop-up") })
        #expect(messages.contains { $0.hasPrefix("dropped a share bar") })
        #expect(messages.contains { $0.hasPrefix("dropped a newsletter box") })
        #expect(messages.contains { $0.hasPrefix("dropped a comments section (section marked \"comments\", 1 link): \"Comments (3) RiversideRider") })
        #expect(messages.contains { $0.hasPrefix("dropped a page header (header, 20 links): \"News Local National World Politics") })
        #expect(page.diagnostics.allSatisfy { $0.file == "news.html" })
    }

    @Test func aShortBodyIsKept() {
        let page = PageExtractor.extract("<html><body><p>Back soon.</p></body></html>")
        #expect(page.content.html == "<p>Back soon.</p>")
    }

    @Test(arguments: ["", "<html>", "<html><body></body></html>", "<<<<>>>>", String(repeating: "<div>", count: 5000) + "deep",
                      "<html><head><script type=\"application/ld+json\">[[[[[[[[[[</script></head><body><p>x</p></body></html>"])
    func emptyAndBrokenPagesGiveWhatTheyHave(_ html: String) {
        let page = PageExtractor.extract(html)
        #expect(page.diagnostics.contains { $0.message.hasPrefix("found the article") })
    }

    @Test func anAsideInsideTheArticleIsItsSideNote() {
        let html = """
        <html><body><aside><p>Sidebar text outside the article goes, whatever it says about anything.</p></aside>\
        <article><p>The article's own text is long enough, with commas, words, and a full stop at the end.</p>\
        <aside class="key-facts"><p>Key facts: the line is 9.4 km long and has eleven stops.</p></aside>\
        <aside><a href="/a">Other story</a> <a href="/b">Another story</a></aside></article></body></html>
        """
        let content = PageExtractor.extract(html).content.html
        #expect(content.contains("Key facts"))
        #expect(!content.contains("Sidebar text"))
        #expect(!content.contains("Other story"))
    }

    @Test func shareholderIsNotShare() {
        let html = """
        <html><body><div class="shareholder-letter"><p>Dear shareholders, this year, as every year, we grew, and we thank you.</p>\
        <p>Revenue rose by a tenth, costs fell, and the board proposes a higher dividend.</p></div></body></html>
        """
        let page = PageExtractor.extract(html)
        #expect(page.content.html.contains("Dear shareholders"))
    }
}
