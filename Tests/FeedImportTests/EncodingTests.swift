import ArticleModel
import FeedImport
import Foundation
import Testing

/// The same short feed (`Fixtures/encodings/`, written by `generate.py`) in every encoding
/// gives the same titles and bodies as its UTF-8 original: declared, undeclared (detected),
/// and in UTF-16/32 with and without a byte-order mark.
@Suite struct EncodingTests {
    /// Each legacy file, and what an undeclared one is read as. With no C1 bytes in
    /// the text, windows-1253 and windows-1255 read as their ISO twins, which give the same text.
    static let legacy: [(file: String, readAs: String?)] = [
        ("zh.gb2312.xml", nil), ("zh.gb2312.undeclared.xml", "gb18030 (detected)"),
        ("zh.gb18030.xml", nil), ("zh.gb18030.undeclared.xml", "gb18030 (detected)"),
        ("zh-tw.big5.xml", nil), ("zh-tw.big5.undeclared.xml", "Big5 (detected)"),
        ("ja.shift_jis.xml", nil), ("ja.shift_jis.undeclared.xml", "Shift_JIS (detected)"),
        ("ja.euc-jp.xml", nil), ("ja.euc-jp.undeclared.xml", "EUC-JP (detected)"),
        ("ja.iso-2022-jp.xml", nil), ("ja.iso-2022-jp.undeclared.xml", "ISO-2022-JP (detected from its escape sequences)"),
        ("ko.euc-kr.xml", nil), ("ko.euc-kr.undeclared.xml", "EUC-KR (detected)"),
        ("ru.koi8-r.xml", nil), ("ru.koi8-r.undeclared.xml", "KOI8-R (detected)"),
        ("ru.windows-1251.xml", nil), ("ru.windows-1251.undeclared.xml", "windows-1251 (detected)"),
        ("ru.iso-8859-5.xml", nil), ("ru.iso-8859-5.undeclared.xml", "ISO-8859-5 (detected)"),
        ("he.windows-1255.xml", nil), ("he.windows-1255.undeclared.xml", "ISO-8859-8-I (detected)"),
        ("he.iso-8859-8.xml", nil), ("he.iso-8859-8.undeclared.xml", "ISO-8859-8-I (detected)"),
        ("el.iso-8859-7.xml", nil), ("el.iso-8859-7.undeclared.xml", "ISO-8859-7 (detected)"),
        ("el.windows-1253.xml", nil), ("el.windows-1253.undeclared.xml", "ISO-8859-7 (detected)"),
        ("fr.iso-8859-1.xml", nil), ("fr.iso-8859-1.undeclared.xml", "windows-1252 (detected)"),
        ("fr.windows-1252.xml", nil), ("fr.windows-1252.undeclared.xml", "windows-1252 (detected)"),
    ]

    @Test(arguments: legacy.map(\.file))
    func legacyEncodingGivesTheUTF8Feed(file: String) throws {
        let language = String(file.prefix { $0 != "." })
        let result = try read(file)
        try expectSameFeed(result, as: try read("\(language).utf-8.xml"), titles: try titles(language))
        let readAs = try #require(Self.legacy.first { $0.file == file }).readAs
        #expect(result.diagnostics.map(\.description) == readAs.map {
            ["\(file): note: no encoding declared; read as \($0) "
                + "(if the text looks wrong, declare the file's real encoding or save it as UTF-8)"]
        } ?? [])
    }

    @Test(arguments: ["mixed.utf-16le.bom.xml", "mixed.utf-16le.xml", "mixed.utf-16le.undeclared.xml",
                      "mixed.utf-16be.bom.xml", "mixed.utf-16be.xml", "mixed.utf-16be.undeclared.xml",
                      "mixed.utf-32le.bom.xml", "mixed.utf-32le.xml", "mixed.utf-32le.undeclared.xml",
                      "mixed.utf-32be.bom.xml", "mixed.utf-32be.xml", "mixed.utf-32be.undeclared.xml"])
    func wideUnicodeGivesTheUTF8Feed(file: String) throws {
        let result = try read(file)
        try expectSameFeed(result, as: try read("mixed.utf-8.xml"), titles: try titles("mixed"))
        #expect(result.diagnostics == [])
    }

    @Test func utf16JSONFeedWithoutAMarkIsRead() throws {
        let result = try read("mixed.utf-16le.json")
        #expect(result.feed?.format == .jsonFeed)
        #expect(result.feed.map { [$0.title ?? ""] + $0.entries.map(\.title) } == (try titles("mixed")))
        #expect(result.diagnostics == [])
    }

    @Test func utf8DeclaredAsLatin1IsReadAsUTF8() throws {
        let result = try read("case-utf-8-declared-latin1.xml")
        try expectSameFeed(result, as: try read("fr.utf-8.xml"), titles: try titles("fr"))
        #expect(result.diagnostics.map(\.description) == [
            "case-utf-8-declared-latin1.xml: note: declared encoding \"ISO-8859-1\" but the bytes are UTF-8; read as UTF-8 "
                + "(correct the declaration to UTF-8)",
        ])
    }

    @Test func aDeclarationTheBytesContradictIsOverruled() throws {
        let result = try read("case-gb18030-declared-shift_jis.xml")
        try expectSameFeed(result, as: try read("zh.utf-8.xml"), titles: try titles("zh"))
        #expect(result.diagnostics.map(\.description) == [
            "case-gb18030-declared-shift_jis.xml: warning: declared encoding \"Shift_JIS\" does not fit the bytes; "
                + "read as gb18030 (detected) (correct the declaration, or save the file as UTF-8)",
        ])
    }

    @Test func anUnknownDeclarationFallsBackToDetection() throws {
        let result = try read("case-windows-1251-declared-x-foo.xml")
        try expectSameFeed(result, as: try read("ru.utf-8.xml"), titles: try titles("ru"))
        #expect(result.diagnostics.map(\.description) == [
            "case-windows-1251-declared-x-foo.xml: warning: declared encoding \"x-foo\" is unknown; read as windows-1251 "
                + "(detected) (declare an encoding such as UTF-8, windows-1252 or Shift_JIS, or save the file as UTF-8)",
        ])
    }

    @Test func aMetaCharsetInsideAFeedIsHonoured() throws {
        let result = try read("case-koi8-r-meta-charset.xml")
        #expect(result.feed.map { [$0.title ?? ""] + $0.entries.map(\.title) } == (try titles("ru")))
        #expect(result.diagnostics == [])
    }

    @Test func controlCharactersAreRemovedAndNoItemIsLost() throws {
        let result = try read("case-control-characters.xml")
        try expectSameFeed(result, as: try read("fr.utf-8.xml"), titles: try titles("fr"))
        #expect(result.diagnostics.map(\.description) == [
            "case-control-characters.xml: warning: removed 3 control characters that XML cannot hold "
                + "(the file is damaged, or in an encoding it does not declare; check the items near them)",
        ])
    }

    @Test func latin1BytesInDeclaredUTF8AreDetected() throws {
        let result = FeedImporter.read(try Fixtures.data("rss-bad-utf8.xml"), file: "bad.xml")
        #expect(result.feed?.entries.map(\.title) == ["Café one", "Two"])
        #expect(result.diagnostics.map(\.description) == [
            "bad.xml: warning: declared encoding \"utf-8\" does not fit the bytes; read as windows-1252 (detected) "
                + "(correct the declaration, or save the file as UTF-8)",
        ])
    }

    @Test func aStrayByteInMostlyUTF8IsReplaced() {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Ünïcödé</title>"
            + "<item><title>Crème brûlée — “déjà vu”</title><link>https://example.org/1</link>"
            + "<pubDate>Mon, 01 Apr 2024 10:00:00 +0000</pubDate><description>Caf\u{1}</description></item></channel></rss>"
        let data = Data(xml.utf8.map { $0 == 0x01 ? 0xE9 : $0 })
        let result = FeedImporter.read(data, file: "mixed.xml")
        #expect(result.feed?.entries.first?.title == "Crème brûlée — “déjà vu”")
        #expect(result.feed?.entries.first?.body == HTMLFragment("Caf\u{FFFD}"))
        #expect(result.diagnostics.map(\.description) == [
            "mixed.xml: warning: the file says it is UTF-8 but holds 1 byte that is not; replaced it with \u{FFFD} "
                + "(save the file as UTF-8, or declare its real encoding)",
        ])
    }

    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data("encodings/" + name), file: name)
    }

    /// The expected titles of `language`: the channel's, then each item's.
    private func titles(_ language: String) throws -> [String] {
        String(decoding: try Fixtures.data("encodings/\(language).titles.txt"), as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }

    private func expectSameFeed(_ result: FeedImportResult, as reference: FeedImportResult, titles: [String],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let feed = try #require(result.feed, sourceLocation: sourceLocation)
        #expect([feed.title ?? ""] + feed.entries.map(\.title) == titles, sourceLocation: sourceLocation)
        #expect(feed.entries.map(\.body) == reference.feed?.entries.map(\.body), sourceLocation: sourceLocation)
    }
}

@Suite struct NonXMLCharacterTests {
    @Test func flattenedTextDropsCharactersXMLCannotHold() throws {
        let text = "Chan https://ex.com Stay. Fri, 28 Jun 2024 12:22:37 +0000 en-US hourly 1 https://ex.com/g https://ex.com/i.png Chan https://ex.com 32 32 "
            + "Bad \u{FFFE}title\u{7} https://ex.com/a/ Fri, 28 Jun 2024 12:22:37 +0000 https://ex.com/a/ Read More “Bad \u{FFFE}title\u{7}” »\n\n]]>\n\nBody \u{FFFF}text.\n"
        let result = FeedImporter.read(Data(text.utf8), file: "bad.txt")
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.title == "Bad title")
        #expect(entry.body.html == "<p>Body text.</p>")
    }
}
