import ArticleModel
import Foundation
import TextEncoding
import Testing

/// The decoder on its own: labels, byte-order marks, NUL patterns, the silent fast path.
@Suite struct TextTranscoderTests {
    @Test func cleanUTF8IsReturnedAsItIsWithoutACopy() {
        let data = Data(String(repeating: "<p>Grüße, 世界 — ok</p>\n", count: 10_000).utf8)
        let decoded = TextTranscoder.utf8(from: data, file: "a.html")
        #expect(decoded.diagnostics == [])
        #expect(decoded.encoding == .utf8)
        #expect(decoded.utf8.withUnsafeBytes { $0.baseAddress } == data.withUnsafeBytes { $0.baseAddress })
    }

    @Test(arguments: [("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("ascii", "windows-1252"),
                      ("gb2312", "GBK"), ("x-sjis", "Shift_JIS"), (" Shift_JIS ", "Shift_JIS"), ("koi8-r", "KOI8-R"),
                      ("ks_c_5601-1987", "EUC-KR"), ("utf8", "UTF-8"), ("IBM437", "IBM437")])
    func labelsAreReadAsBrowsersReadThem(label: String, name: String) {
        #expect(CharacterEncoding(label: label)?.name == name)
    }

    @Test func unknownLabelsAndIconvOptionsAreNoEncoding() {
        #expect(CharacterEncoding(label: "x-foo") == nil)
        #expect(CharacterEncoding(label: "UTF-8//TRANSLIT") == nil)
        #expect(CharacterEncoding(label: "") == nil)
    }

    @Test func byteOrderMarksWinAndAreDropped() {
        let text = "<a>Ωmega 𝔘</a>"
        let inputs: [Data] = [Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), text.data(using: .utf16)!, text.data(using: .utf32)!]
        for data in inputs {
            #expect(TextTranscoder.utf8(from: data, file: "").text == text)
        }
    }

    @Test func theDeclarationIsMadeToSayUTF8() {
        let data = Data("<?xml version='1.0' encoding='windows-1252'?><a>caf".utf8) + Data([0xE9]) + Data("</a>".utf8)
        let decoded = TextTranscoder.utf8(from: data, file: "")
        #expect(decoded.text == "<?xml version='1.0' encoding='UTF-8'?><a>café</a>")
        #expect(decoded.diagnostics == [])
    }

    @Test func aShortTextWithAFewNULsIsNotTakenForUTF32() {
        let decoded = TextTranscoder.utf8(from: Data("abc\u{0}def".utf8), file: "n.txt")
        #expect(decoded.text == "abcdef")
        #expect(decoded.diagnostics.map(\.message) == ["removed 1 control character that XML cannot hold"])
    }

    @Test func undecodableBytesBecomeReplacementCharacters() {
        // 0x81 is not a valid Shift_JIS sequence on its own at the end of the file.
        let data = Data("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>".utf8) + Data([0x82, 0xA0, 0x81])
        let decoded = TextTranscoder.utf8(from: data, file: "j.xml")
        #expect(decoded.text.hasSuffix("<a>あ\u{FFFD}"))
        #expect(decoded.diagnostics.map(\.message) == ["1 byte sequence is not valid Shift_JIS; replaced it with \u{FFFD}"])
    }

    @Test func aDeclaredCharsetIsFoundInAMetaContentType() {
        let html = #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>"#
        #expect(TextTranscoder.declaredLabel(Data(html.utf8)) == "Shift_JIS")
        #expect(TextTranscoder.declaredLabel(Data("prose about charset=utf-8".utf8)) == nil)
    }
}
