import Foundation
@testable import Pipeline
import Testing

@Suite struct HTMLTextTests {
    @Test func declaredLatin1IsHonoured() {
        let bytes = Data("<meta charset=\"iso-8859-1\"><p>caf".utf8) + Data([0xE9]) + Data("</p>".utf8)
        #expect(HTMLText.decode(bytes) == "<meta charset=\"iso-8859-1\"><p>café</p>")
    }

    @Test func utf16WithABOMAndUTF8WithOne() {
        #expect(HTMLText.decode("<p>Ünï</p>".data(using: .utf16)!) == "<p>Ünï</p>")
        #expect(HTMLText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("<p>x</p>".utf8)) == "<p>x</p>")
    }

    @Test func undeclaredInvalidUTF8IsReadAsWindows1252() {
        #expect(HTMLText.decode(Data("<p>".utf8) + Data([0x93, 0x68, 0x69, 0x94]) + Data("</p>".utf8)) == "<p>“hi”</p>")
    }

    @Test func declaredCharsetIsFoundInAContentType() {
        #expect(HTMLText.declaredCharset(Data(#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#.utf8)) == "shift_jis")
    }
}
