import Foundation
@testable import MarkupTree
import Testing

@Suite struct MarkupParserTests {
    @Test func htmlFragmentKeepsLeadingTextAndRecoversUnclosedTags() {
        let body = MarkupParser.html("Hello <b>world<p>one<p>two &amp; &nbsp;three")
        #expect(body.name == "body")
        #expect(MarkupSerializer.innerHTML(body) == "Hello <b>world</b><p>one</p><p>two &amp; \u{a0}three</p>")
    }

    @Test func xmlRecoversAndReportsLines() {
        let data = Data("<rss>\n<channel>\n<title>A & B</title>\n<item><title>x</title></item>\n</channel></rss>".utf8)
        let result = MarkupParser.xml(data)
        #expect(result.root?.name == "rss")
        #expect(result.root?.child("channel")?.children("item").count == 1)
        #expect(result.problems.first?.line == 3)
    }

    @Test func xmlNeverReadsExternalEntities() {
        let data = Data("""
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <r>before &x; after</r>
        """.utf8)
        let root = MarkupParser.xml(data).root
        #expect(root?.textContent.contains("root:") == false)
        #expect(root?.textContent.contains("before") == true)
    }
}

@Suite struct DocumentDetectionTests {
    @Test(arguments: [
        ("<p>fragment</p>", false),
        ("<!DOCTYPE html><title>x</title>", true),
        ("  <HTML><p>x", true),
        ("<div><Body>", true),
        ("text about <bodyguards>", false),
        ("<b>bold</b> and <html-like text", false),
        ("", false),
    ])
    func tellsDocumentsFromFragments(source: String, isDocument: Bool) {
        #expect(MarkupParser.looksLikeDocument(source) == isDocument)
    }
}

@Suite struct VoidElementTests {
    @Test func embedNeverSwallowsWhatFollows() {
        let body = MarkupParser.html(#"<p>Intro.</p><embed src="a.swf"><p>After.</p><p>a <embed src=x> b</p>"#)
        #expect(MarkupSerializer.innerHTML(body) == #"<p>Intro.</p><embed src="a.swf" /><p>After.</p><p>a <embed src="x" /> b</p>"#)
    }
}

@Suite struct SerializerTests {
    @Test func dropsCharactersXMLCannotHold() {
        #expect(MarkupSerializer.escapeText("a\u{FFFE}b\u{FFFF}c\u{1}d & <e>") == "abcd &amp; &lt;e&gt;")
        #expect(MarkupSerializer.escapeAttribute("\"q\"\u{FFFF}") == "&quot;q&quot;")
    }
}

/// The XML parser itself ignores what a DTD declares, whatever comes before it.
@Suite struct DeclarationTests {
    @Test func declaredEntitiesAreNeverExpandedInTextOrAttributes() throws {
        let xml = "<!DOCTYPE r [<!ENTITY e \"EXPANDED\"><!ENTITY big \"&e;&e;&e;&e;\">]><r a=\"x&big;y\">t&big;u</r>"
        let root = try #require(MarkupParser.xml(Data(xml.utf8)).root)
        #expect(root.attribute("a") == "xy")
        #expect(root.textContent == "tu")
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let xml = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r a=\"&x;\">&x;</r>"
        let root = try #require(MarkupParser.xml(Data(xml.utf8)).root)
        #expect(root.attribute("a") == "")
        #expect(root.textContent == "")
    }

    @Test func nestingPastTheOldLimitKeepsWhatFollows() throws {
        let deep = String(repeating: "<d>", count: 3000) + "x" + String(repeating: "</d>", count: 3000)
        let root = try #require(MarkupParser.xml(Data("<r>\(deep)<after>kept</after></r>".utf8)).root)
        #expect(root.child("after")?.textContent == "kept")
    }
}
