import Foundation
import Testing
@testable import SiteServe

/// The reload script's element put into pages as they are served, and the events it reads.
@Suite struct ReloadScriptTests {
    static let element = "<script src=\"/__broadsheet/reload.js?build=7-2\"></script>"

    static let pages: [(page: String, served: String)] = [
        ("<html><body><p>a</p></body></html>", "<html><body><p>a</p>\(element)</body></html>"),
        ("<HTML><BODY>x</BODY></HTML>\n", "<HTML><BODY>x\(element)</BODY></HTML>\n"),
        // The last </body> counts: an earlier one inside a comment or text is left alone.
        ("<body><!-- </body> --></body>", "<body><!-- </body> -->\(element)</body>"),
        ("<p>a fragment", "<p>a fragment\(element)"),
        ("", element),
    ]

    @Test(arguments: pages.indices) func injected(index: Int) {
        let (page, served) = Self.pages[index]
        let out = ReloadScript.inject(into: Data(page.utf8), build: "7-2")
        #expect(String(decoding: out, as: UTF8.self) == served)
    }

    @Test func buildIdsAreEscapedInTheAddress() {
        #expect(ReloadScript.element(build: "a b\"<") == "<script src=\"/__broadsheet/reload.js?build=a%20b%22%3C\"></script>")
    }

    @Test func eventsAreServerSentEventText() {
        #expect(BuildEvent.built("12-3").eventText == "event: build\ndata: 12-3\n\n")
        #expect(BuildEvent.failed("site.yml:2: invalid YAML\n  hint: quote it").eventText
            == "event: failed\ndata: site.yml:2: invalid YAML\ndata:   hint: quote it\n\n")
        #expect(BuildEvent.failed("a\r\nb").eventText == "event: failed\ndata: a\ndata: b\n\n")
    }

    @Test func theScriptListensToTheReservedStream() {
        #expect(ReloadScript.source.contains("new EventSource(\"/__broadsheet/events\")"))
        #expect(ReloadScript.source.contains("addEventListener(\"build\""))
        #expect(ReloadScript.source.contains("addEventListener(\"failed\""))
        #expect(ReloadScript.source.contains("overlay.textContent"))  // never innerHTML: the message is text
        #expect(!ReloadScript.source.contains("innerHTML"))
    }
}
