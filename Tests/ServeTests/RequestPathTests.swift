import Testing
@testable import SiteServe

/// Request paths taken apart, or refused before the disk is asked: each raw path as a client
/// sends it, beside what the server makes of it.
@Suite struct RequestPathTests {
    static let cases: [(raw: String, expected: RequestPath)] = [
        ("/", .wanted([], folder: true)),
        ("/index.html", .wanted(["index.html"], folder: false)),
        ("/tags/", .wanted(["tags"], folder: true)),
        ("/tags/harbour/index.html", .wanted(["tags", "harbour", "index.html"], folder: false)),
        ("/2024/caf%C3%A9%20bar.html", .wanted(["2024", "café bar.html"], folder: false)),
        ("/..", .refused("a .. or . segment")),
        ("/../etc/passwd", .refused("a .. or . segment")),
        ("/tags/../../etc/passwd", .refused("a .. or . segment")),
        ("/%2e%2e/etc/passwd", .refused("a .. or . segment")),
        ("/%2E%2E/%2e%2e/etc/passwd", .refused("a .. or . segment")),
        ("/.%2e/etc/passwd", .refused("a .. or . segment")),
        ("/./index.html", .refused("a .. or . segment")),
        ("//etc/passwd", .refused("an absolute path or another host (//)")),
        ("/tags//index.html", .refused("an empty segment (//)")),
        ("/%2Fetc%2Fpasswd", .refused("a slash inside a name")),
        ("/..%5c..%5cwindows", .refused("a slash inside a name")),
        ("/index.html%00.png", .refused("a control character or NUL")),
        ("/%0aheader", .refused("a control character or NUL")),
        ("/%zz", .refused("a broken percent-escape")),
        ("etc/passwd", .refused("not a path starting with /")),
        ("http://example.com/", .refused("not a path starting with /")),
        ("", .refused("not a path starting with /")),
    ]

    @Test(arguments: cases.indices) func path(index: Int) {
        let (raw, expected) = Self.cases[index]
        #expect(RequestPath(raw) == expected, "\(raw)")
    }
}
