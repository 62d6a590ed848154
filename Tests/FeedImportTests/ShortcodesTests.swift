@testable import FeedImport
import Testing

/// `Shortcodes` on HTML as ``WPAutoP`` leaves it: each case is input beside the HTML expected.
@Suite struct ShortcodesTests {
    private static let media: WXRMedia = {
        var media = WXRMedia()
        media.add(WXRAttachment(id: 1, parent: 9, menuOrder: 0, url: "https://x.example/a.jpg", alt: "A \"quoted\"",
                                caption: ""))
        media.add(WXRAttachment(id: 2, parent: 9, menuOrder: 0, url: "https://x.example/b.pdf", alt: "", caption: ""))
        media.add(WXRAttachment(id: 3, parent: 9, menuOrder: 0, url: "https://x.example/c.png?v=2", alt: "",
                                caption: "<em>C</em>"))
        return media
    }()

    private func expand(_ html: String) -> (String, [String]) {
        var shortcodes = Shortcodes(media: Self.media, postID: 9)
        let out = shortcodes.expand(html)
        return (out, shortcodes.removed)
    }

    static let cases: [(String, String, [String])] = [
        // A caption with a linked image, and one with the old caption attribute.
        ("<p>[caption id=\"x\"]<a href=\"/big.jpg\"><img src=\"/s.jpg\" /></a> Big<br />\nday[/caption]</p>\n",
         "<figure><a href=\"/big.jpg\"><img src=\"/s.jpg\" /></a><figcaption>Big<br />\nday</figcaption></figure>\n", []),
        ("<p>[caption caption=\"Old style\"]<img src=\"/o.jpg\">[/caption]</p>\n",
         "<figure><img src=\"/o.jpg\"><figcaption>Old style</figcaption></figure>\n", []),
        // A gallery without ids shows the post's images (not its PDF), in id order at equal menu order; exclude works.
        ("<p>[gallery]</p>\n",
         "<figure><img src=\"https://x.example/a.jpg\" alt=\"A &quot;quoted&quot;\"></figure>\n"
            + "<figure><img src=\"https://x.example/c.png?v=2\" alt=\"\"><figcaption><em>C</em></figcaption></figure>\n", []),
        ("<p>[gallery exclude=\"1\"]</p>\n",
         "<figure><img src=\"https://x.example/c.png?v=2\" alt=\"\"><figcaption><em>C</em></figcaption></figure>\n", []),
        // A block shortcode among lines of a paragraph splits it.
        ("<p>Before<br />\n[gallery ids=\"3\"]<br />\nAfter</p>\n",
         "<p>Before</p>\n<figure><img src=\"https://x.example/c.png?v=2\" alt=\"\"><figcaption><em>C</em></figcaption></figure>\n<p>After</p>\n", []),
        // Embeds, video and audio become links; an embed of no web address is removed.
        ("<p>See [embed width=\"500\"]https://vimeo.com/1?a=1&amp;b=2[/embed] now</p>",
         "<p>See <a href=\"https://vimeo.com/1?a=1&amp;b=2\">https://vimeo.com/1?a=1&amp;b=2</a> now</p>", []),
        ("<p>[video mp4=\"https://x.example/v.mp4\"][/video]</p><p>[audio src='https://x.example/s.mp3']</p>",
         "<p><a href=\"https://x.example/v.mp4\">https://x.example/v.mp4</a></p><p><a href=\"https://x.example/s.mp3\">https://x.example/s.mp3</a></p>", []),
        ("<p>[embed]javascript:alert(1)[/embed]</p>\n<p>Next</p>", "<p>Next</p>", ["[embed]"]),
        // Unknown shortcodes go, keeping what they enclose; a stray end tag goes too.
        ("<p>Call [phone number=\"1\" /] or write.</p>", "<p>Call  or write.</p>", ["[phone]"]),
        ("<p>[box_note]Kept text[/box_note]</p>", "<p>Kept text</p>", ["[box_note]"]),
        ("<p>Text<br />\n[/foo]</p>\n<p>More</p>", "<p>Text</p>\n<p>More</p>", ["[/foo]"]),
        ("<p>One<br />\n[contact-form-7 id=\"1\"]<br />\nTwo</p>", "<p>One<br />\nTwo</p>", ["[contact-form-7]"]),
        ("<p>[contact-form-7 id=\"1\"]<br />\nTwo</p>", "<p>Two</p>", ["[contact-form-7]"]),
        // Brackets that are text, and shortcodes in code, pre and tags, stay as written.
        ("<p>He said [sic] and [citation needed], see [1].</p>", "<p>He said [sic] and [citation needed], see [1].</p>", []),
        ("<p>Use <code>[gallery ids=\"1\"]</code> like this.</p>", "<p>Use <code>[gallery ids=\"1\"]</code> like this.</p>", []),
        ("<pre>[contact-form-7 id=\"1\"]</pre>", "<pre>[contact-form-7 id=\"1\"]</pre>", []),
        ("<p><img alt=\"[gallery]\" src=\"/x.jpg\"></p>", "<p><img alt=\"[gallery]\" src=\"/x.jpg\"></p>", []),
        ("<p>Unclosed [gallery ids=\"1\"</p>", "<p>Unclosed [gallery ids=\"1\"</p>", []),
    ]

    @Test(arguments: cases)
    func expands(_ input: String, _ expected: String, _ removed: [String]) {
        let (html, dropped) = expand(input)
        #expect(html == expected)
        #expect(dropped == removed)
    }

    @Test func galleryReportsAttachmentsTheExportLacks() {
        var shortcodes = Shortcodes(media: Self.media, postID: nil)
        #expect(shortcodes.expand("<p>[gallery ids=\"3, 40,41\"]</p>")
            == "<figure><img src=\"https://x.example/c.png?v=2\" alt=\"\"><figcaption><em>C</em></figcaption></figure>")
        #expect(shortcodes.missingAttachments == [40, 41])
    }

    /// Unclosed, unknown, deeply paired and repeated shortcodes at sizes a quadratic scan would
    /// not finish: what is no shortcode is kept as written, unknown ones are dropped, pairs are
    /// unwrapped 32 deep and kept as written below that, and no bare embed is invented. (How
    /// long it takes is measured in `make bench`, never here.)
    @Test func pathologicalInputIsExpandedWhole() {
        let pairs = { (range: Range<Int>) in range.map { "[n\($0) k=1]" }.joined() + range.reversed().map { "[/n\($0)]" }.joined() }
        let cases = [
            (String(repeating: "[a \"", count: 20_000), String(repeating: "[a \"", count: 20_000)),
            (String(repeating: "[x\(0) k=1]", count: 20_000), ""),
            (pairs(0..<5_000), pairs(Shortcodes.deepest..<5_000)),
            (String(repeating: "<pre>[", count: 20_000) + String(repeating: "<!--", count: 20_000),
             String(repeating: "<pre>[", count: 20_000) + String(repeating: "<!--", count: 20_000)),
        ]
        for (input, expected) in cases {
            var shortcodes = Shortcodes(media: Self.media, postID: nil)
            #expect(shortcodes.expand(input) == expected, "\(input.prefix(20))")
            #expect(Shortcodes.markingBareEmbeds(input) == input, "\(input.prefix(20))")
            #expect(!WPAutoP.html(from: input).isEmpty, "\(input.prefix(20))")
        }
        let galleries = String(repeating: "<p>[gallery]</p>\n", count: 20_000)
        var shortcodes = Shortcodes(media: Self.media, postID: nil)
        #expect(!shortcodes.expand(galleries).contains("[gallery]"))
    }

    static let bareLines: [(String, String)] = [
        ("Look:\nhttps://youtu.be/abc\nNice", "Look:\n\n[embed]https://youtu.be/abc[/embed]\n\nNice"),
        ("  https://www.youtube.com/watch?v=x  ", "\n[embed]https://www.youtube.com/watch?v=x[/embed]\n"),
        ("https://player.vimeo.com/video/1", "\n[embed]https://player.vimeo.com/video/1[/embed]\n"),
        ("https://example.com/not-a-video", "https://example.com/not-a-video"),
        ("Watch https://youtu.be/abc today", "Watch https://youtu.be/abc today"),
        ("<a href=\"https://youtu.be/abc\">https://youtu.be/abc</a>", "<a href=\"https://youtu.be/abc\">https://youtu.be/abc</a>"),
        ("<pre>\nhttps://youtu.be/abc\n</pre>", "<pre>\nhttps://youtu.be/abc\n</pre>"),
        ("https://notyoutube.com/x", "https://notyoutube.com/x"),
    ]

    @Test(arguments: bareLines)
    func bareVideoLines(_ input: String, _ expected: String) {
        #expect(Shortcodes.markingBareEmbeds(input) == expected)
    }
}
