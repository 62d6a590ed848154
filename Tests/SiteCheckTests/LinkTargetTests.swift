import SiteCheck
import Testing

/// Where a link written in an output file leads: the rule the checker and the tests share.
@Suite struct LinkTargetTests {
    @Test(arguments: [
        ("tags/x/index.html", "index.html", LinkTarget.file(path: "tags/x/index.html", fragment: nil)),
        ("../../tags/x/index.html#top", "2024/a/index.html", .file(path: "tags/x/index.html", fragment: "top")),
        ("./b.html?page=2#c", "a/index.html", .file(path: "a/b.html", fragment: "c")),
        ("#main", "a/index.html", .file(path: "a/index.html", fragment: "main")),
        ("", "a/index.html", .file(path: "a/index.html", fragment: nil)),
        ("?q=x", "a/index.html", .file(path: "a/index.html", fragment: nil)),
        ("caf%C3%A9.html#%C3%A9t%C3%A9", "index.html", .file(path: "café.html", fragment: "été")),
        ("../", "a/index.html", .file(path: "", fragment: nil)),
        ("  b.html  ", "index.html", .file(path: "b.html", fragment: nil)),
        ("../../x.html", "a/index.html", .outsideOutput),
        ("/assets/style.css", "index.html", .rootAbsolute),
        ("//cdn.example/x.js", "index.html", .external),
        ("https://example.org/", "index.html", .external),
        ("HTTP://EXAMPLE.ORG/", "index.html", .external),
        ("mailto:desk@example.org", "index.html", .external),
        ("tel:+441234", "index.html", .external),
        ("data:image/png;base64,AAAA", "index.html", .external),
        ("javascript:alert(1)", "index.html", .script),
        ("java&#x09;script:alert(1)", "index.html", .script),
        ("%6Aavascript:alert(1)", "index.html", .script),
        (" vbscript:msgbox", "index.html", .script),
    ])
    func aLinkLeadsWhereABrowserTakesIt(link: String, page: String, target: LinkTarget) {
        #expect(LinkTarget(link, from: page) == target)
    }
}
