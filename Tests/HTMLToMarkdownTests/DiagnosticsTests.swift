import ArticleModel
import HTMLToMarkdown
import Testing

/// What the converter reports: boilerplate removals as notes naming their rule, sanitiser
/// removals as warnings, bad rules as warnings, never a crash.
@Suite struct DiagnosticsTests {
    private func messages(_ html: String, rules: CleaningRules = .standard) -> [String] {
        HTMLToMarkdown.convert(HTMLFragment(html), rules: rules).diagnostics.map { "\($0.severity): \($0.message)" }
    }

    @Test func boilerplateRemovalsNameTheirRule() {
        let html = """
            <p>Body</p>
            <p><em>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</em></p>
            <p><a href="https://artifexnews.net/x/">Source link</a></p>
            <p>&nbsp;</p>
            """
        #expect(messages(html) == [
            #"note: removed boilerplate paragraph "(Except for the headline, this story has not been edited by NDTV staff and is…" (rule: syndicated-feed)"#,
            #"note: removed boilerplate paragraph "Source link" (rule: source-link)"#,
            "note: removed empty paragraph (rule: empty-paragraph)",
        ])
    }

    @Test func classRemovalsNameTheClass() {
        let html = #"<p>Body</p><div class="loader-wrap"><span class="spinner"></span><p>Waiting for response to load…</p></div>"#
        #expect(messages(html) == [#"note: removed <div> with class or id "loader-wrap" (rule: class loader-wrap)"#])
    }

    @Test func sanitiserRemovalsAreCountedWarnings() {
        let html = #"<p onclick="a()">x</p><p onclick="b()">y</p><script>z()</script><a href="javascript:x">j</a>"#
        #expect(messages(html) == [
            "warning: removed onclick attribute on <p> (2 times)",
            "warning: removed <script>",
            "warning: removed javascript: link",
        ])
    }

    @Test func teasersAndMediaFallbackNameTheirRule() {
        let html = "<p>Body</p><p>ALSO READ | Markets fall</p><p>Your browser does not support the video tag.</p>"
        #expect(messages(html) == [
            #"note: removed boilerplate paragraph "ALSO READ | Markets fall" (rule: also-read)"#,
            #"note: removed boilerplate paragraph "Your browser does not support the video tag." (rule: media-fallback)"#,
        ])
    }

    @Test func removedVideoAndAudioAreWarnings() {
        let html = #"<p>Body</p><video src="v.mp4">Your browser does not support video</video><audio src="a.mp3"></audio>"#
        #expect(messages(html) == ["warning: removed <video>", "warning: removed <audio>"])
    }

    @Test func invalidRuleIsAWarningNotACrash() {
        let rules = CleaningRules.standard.adding(CleaningRules(dropText: ["(unclosed", "(?#ads)^Advertisement$"]))
        let conversion = HTMLToMarkdown.convert(HTMLFragment("<p>Advertisement</p><p>Kept</p>"), rules: rules)
        #expect(conversion.markdown.text == "Kept\n")
        #expect(conversion.diagnostics.map(\.severity) == [.warning, .note])
        #expect(conversion.diagnostics.first?.message.contains("\"(unclosed\"") == true)
        #expect(conversion.diagnostics.last?.message == #"removed boilerplate paragraph "Advertisement" (rule: ads)"#)
    }

    @Test func caseFlagsOfOneRuleDoNotLeakIntoTheNext() {
        let rules = CleaningRules(dropText: ["(?i)^source link$", "^Sponsored$"])
        let conversion = HTMLToMarkdown.convert(HTMLFragment("<p>SOURCE LINK</p><p>sponsored</p><p>Sponsored</p>"), rules: rules)
        #expect(conversion.markdown.text == "sponsored\n")
    }

    @Test func unnamedRuleIsQuotedByItsPattern() {
        let rules = CleaningRules(dropText: ["^Sponsored$"])
        let conversion = HTMLToMarkdown.convert(HTMLFragment("<p>Sponsored</p>"), rules: rules)
        #expect(conversion.diagnostics.map(\.message) == [#"removed boilerplate paragraph "Sponsored" (rule: ^Sponsored$)"#])
    }

    @Test func siteClassRulesApply() {
        let rules = CleaningRules(dropClasses: ["newsletter-signup"])
        let conversion = HTMLToMarkdown.convert(HTMLFragment(#"<div id="newsletter-signup"><p>Sign up!</p></div><p>Text</p>"#), rules: rules)
        #expect(conversion.markdown.text == "Text\n")
        #expect(conversion.diagnostics.count == 1)
    }

    @Test func reusableConverterGivesTheSameResult() {
        let converter = MarkdownConverter(rules: .standard)
        let html = HTMLFragment("<p>Hello <b>there</b></p><p>Source link</p>")
        #expect(converter.convert(html).markdown == HTMLToMarkdown.convert(html).markdown)
    }
}
