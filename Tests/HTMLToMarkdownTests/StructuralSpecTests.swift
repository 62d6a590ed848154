import ArticleModel
import Foundation
import HTMLToMarkdown
import MarkdownRender
import Testing

/// Runs every example of `Spec/structural.txt` with the context of a feed entry, and checks
/// what each structural removal reports and that `disable` switches rules off by name.
@Suite struct StructuralSpecTests {
    /// The examples of `Spec/structural.txt`.
    static let examples: [SpecExample] = {
        guard let url = Bundle.module.url(forResource: "structural", withExtension: "txt", subdirectory: "Spec"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return SpecFile.parse(text, file: "structural.txt")
    }()

    /// The metadata every example is converted with.
    static let context = ArticleContext(author: "Jane Doe", title: "Budget passes after a long night",
                                        date: ArticleDate(iso8601: "2024-06-28T12:22:37+05:30"))

    private func convert(_ html: String, rules: CleaningRules = .standard) -> Conversion {
        HTMLToMarkdown.convert(HTMLFragment(html), rules: rules, context: Self.context)
    }

    private func notes(_ html: String, rules: CleaningRules = .standard) -> [String] {
        convert(html, rules: rules).diagnostics.map { "\($0.severity): \($0.message)" }
    }

    @Test func specHasExamples() {
        #expect(Self.examples.count >= 45)
    }

    @Test(arguments: examples)
    func example(_ example: SpecExample) {
        let markdown = convert(example.html).markdown.text
        #expect(markdown == example.markdown, "example \(example.number) at Spec/\(example.file):\(example.line)")
    }

    @Test(arguments: examples)
    func renderedOutputHasNoActiveContent(_ example: SpecExample) {
        let html = MarkdownRenderer.html(from: convert(example.html).markdown).html.lowercased()
        #expect(!html.contains("<script") && !html.contains("javascript:"), "example \(example.number)")
    }

    @Test func eachRemovalNamesItsRule() {
        let html = """
            <h1>Budget passes after a long night</h1><p>By Jane Doe</p><nav><a href="/">Home</a></nav>
            <div class="share-bar"><a href="/s">Share</a></div><p>The budget passed.</p>
            <div role="complementary">Sidebar</div><div class="relatedPosts"><a href="/r">Other</a></div>
            <p><a href="/t/a">Tax</a> <a href="/t/b">Schools</a></p><p>June 28, 2024</p><p><a href="/more">Read the full story</a></p>
            """
        #expect(notes(html) == [
            #"note: removed <nav> "Home" (rule: landmarks)"#,
            #"note: removed <div> with class or id "share-bar" "Share" (rule: share-widgets)"#,
            #"note: removed <div> with role "complementary" "Sidebar" (rule: landmarks)"#,
            #"note: removed <div> with class or id "relatedPosts" "Other" (rule: related-links)"#,
            #"note: removed <h1> repeating the title "Budget passes after a long night" (rule: repeated-title)"#,
            #"note: removed byline <p> "By Jane Doe" (rule: byline)"#,
            #"note: removed "Read more" <p> at the end "Read the full story" (rule: read-more)"#,
            #"note: removed dateline <p> "June 28, 2024" (rule: dateline)"#,
            #"note: removed link list <p> at the end "Tax Schools" (rule: link-list)"#,
        ])
        #expect(convert(html).markdown.text == "The budget passed.\n")
    }

    @Test func eachVocabularyWordNamesItsRule() {
        let cases = [("newsletter-box", "newsletter"), ("cookieConsent", "cookie-consent"), ("comments", "comments"),
                     ("ad-slot", "adverts"), ("sponsored_content", "adverts"), ("social_links", "share-widgets")]
        for (name, rule) in cases {
            let messages = notes(#"<p>Text.</p><div class="\#(name)"><a href="/x">Box</a></div><p>End.</p>"#)
            #expect(messages == [#"note: removed <div> with class or id "\#(name)" "Box" (rule: \#(rule))"#], "\(name)")
        }
    }

    @Test func trailingReadMoreLinkInsideTheLastParagraphIsNamed() {
        #expect(notes(#"<p>The budget passed. <a href="/s">Continue reading →</a></p>"#) == [
            #"note: removed "Read more" link ending <p> "Continue reading →" (rule: read-more)"#,
        ])
    }

    @Test func disableSwitchesBuiltInRulesOffByName() {
        let html = #"<p>The budget passed.</p><div class="share-bar"><a href="/s">Share</a></div><p><a href="/m">Read more</a></p>"#
        let rules = CleaningRules.standard.adding(CleaningRules(disabled: ["share-widgets", "read-more"]))
        #expect(convert(html, rules: rules).markdown.text == "The budget passed.\n\n[Share](/s)\n\n[Read more](/m)\n")
        #expect(convert(html).markdown.text == "The budget passed.\n")
    }

    @Test func disableReachesTextRulesAndClassRules() {
        let html = #"<p>Body</p><p>Source link</p><div class="spinner">Spin</div>"#
        let rules = CleaningRules.standard.adding(CleaningRules(disabled: ["source-link", "class spinner"]))
        #expect(convert(html, rules: rules).markdown.text == "Body\n\nSource link\n\nSpin\n")
        #expect(convert(html, rules: rules).diagnostics.isEmpty)
    }

    @Test func disablingAnUnknownNameIsAWarning() {
        let rules = CleaningRules.standard.adding(CleaningRules(disabled: ["share-widget"]))
        let conversion = convert("<p>Body</p>", rules: rules)
        #expect(conversion.markdown.text == "Body\n")
        #expect(conversion.diagnostics.map(\.message) == [#"cleaning.disable names "share-widget", which is no cleaning rule; ignored"#])
        #expect(conversion.diagnostics.map(\.severity) == [.warning])
    }

    @Test func withoutContextBylinesStay() {
        let conversion = HTMLToMarkdown.convert(HTMLFragment("<p>By Jane Doe</p><p>June 28, 2024</p><p>Text.</p>"))
        #expect(conversion.markdown.text == "By Jane Doe\n\nJune 28, 2024\n\nText.\n")
    }

    @Test func rulesWithoutStructuralNamesApplyNone() {
        let conversion = HTMLToMarkdown.convert(HTMLFragment("<nav>Menu</nav><p>Text.</p>"), rules: CleaningRules())
        #expect(conversion.markdown.text == "Menu\n\nText.\n")
    }

    @Test(arguments: ["share-bar", "social_links", "relatedPosts", "shareTools2", "AdSlot"])
    func classWordsSplitOnBoundaries(_ name: String) {
        #expect(!notes(#"<p>Text.</p><div class="\#(name)"><a href="/x">Box</a></div><p>End.</p>"#).isEmpty, "\(name)")
    }

    @Test(arguments: ["shareholder", "socialism", "relatedness", "adorable", "header", "loads", "download"])
    func wordsInsideLongerWordsDoNotCount(_ name: String) {
        let conversion = convert(#"<p>Text.</p><div class="\#(name)"><a href="/x">Box</a></div><p>End.</p>"#)
        #expect(conversion.markdown.text == "Text.\n\n[Box](/x)\n\nEnd.\n", "\(name)")
    }
}
