import ArticleModel
@testable import EbookBundle
import Foundation
import Testing

/// Characters XML does not allow (C0 controls but tab, newline and carriage return; U+FFFE,
/// U+FFFF) are dropped from everything the book and the digest write.
@Suite("Characters not allowed in XML")
struct XMLCharacterTests {
    static let bad = ["\u{FFFE}", "\u{FFFF}", "\u{01}", "\u{0B}", "\u{1F}"]

    @Test("cleaning drops exactly the characters XML does not allow")
    func cleaned() {
        #expect(("a\u{FFFE}b\u{FFFF}c\u{00}d\u{08}e\u{0C}f\u{1F}g").removingNonXMLCharacters == "abcdefg")
        #expect(("tab\there\nnew\r\nline \u{FFFD} \u{E000} \u{10FFFF} 𝔘 é").removingNonXMLCharacters ==
                "tab\there\nnew\r\nline \u{FFFD} \u{E000} \u{10FFFF} 𝔘 é")
        #expect(("").removingNonXMLCharacters == "")
    }

    @Test("escaping drops them from text and attributes")
    func escaping() {
        #expect(text("Tom\u{FFFE} & <Jerry>\u{01}") == "Tom &amp; &lt;Jerry&gt;")
        #expect(attr("say \"hi\"\u{FFFF}") == "say &quot;hi&quot;")
    }

    @Test("no file of the EPUB and no part of the digest holds one")
    func everywhere() throws {
        var config = SiteConfig(title: "Evil\u{FFFE} News\u{01}", description: "Stay\u{FFFF} tuned", language: "en")
        config.author = "Desk\u{1F}"
        config.book.identifier = "urn:uuid:\u{FFFE}1234"
        let article = SampleArticles.make("Noncharacter \u{FFFE} title\u{0B}", SampleArticles.date(6, 28),
                                          author: "A\u{FFFF}", tags: ["Tag\u{FFFE}"],
                                          html: "<p title=\"t\u{FFFF}\">Body with \u{FFFF} and \u{01} in it.</p>")
        let data = try EPUBBuilder.epub([article], config: config, stylesheet: "", modified: SampleArticles.modified)
        let book = try EPUBContents(data)
        #expect(book.paths.count == 10)
        for path in book.paths {
            let contents = book.text(path)
            for character in XMLCharacterTests.bad {
                #expect(!contents.contains(character), "\(path) holds U+\(String(character.unicodeScalars.first!.value, radix: 16))")
            }
        }
        #expect(book.text("OEBPS/content.opf").contains("<dc:title>Evil News</dc:title>"))
        #expect(book.text("OEBPS/chapter-001.xhtml").contains("<title>Noncharacter  title</title>"))
        let digest = DigestBuilder.html([article], config: config, stylesheet: "p { color: red }\u{FFFE}")
        for character in XMLCharacterTests.bad {
            #expect(!digest.contains(character))
        }
        #expect(digest.contains("<p title=\"t\">Body with  and  in it.</p>"))
    }

    @Test("a title, identifier or description made of them alone falls back as an empty one does")
    func fallbacks() throws {
        var config = SiteConfig(title: "\u{FFFE}", description: "\u{FFFF} \u{01}", language: "en")
        config.book.identifier = "\u{FFFE}"
        let article = SampleArticles.make("\u{FFFF}\u{0B}", SampleArticles.date(6, 28), html: "<p>x</p>")
        let book = try EPUBContents(try EPUBBuilder.epub([article], config: config, stylesheet: "",
                                                         modified: SampleArticles.modified))
        let opf = book.text("OEBPS/content.opf")
        #expect(opf.contains("<dc:title>Broadsheet</dc:title>"))
        #expect(!opf.contains("<dc:identifier id=\"book-id\"></dc:identifier>"))
        #expect(!opf.contains("dc:description"))
        #expect(book.text("OEBPS/nav.xhtml").contains(">Untitled</a>"))
    }
}
