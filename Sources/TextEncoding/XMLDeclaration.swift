import Foundation

/// Makes an XML declaration say what the bytes now are: UTF-8.
enum XMLDeclaration {
    /// Sets the `encoding` of the XML declaration at the start of `utf8` (if any) to `UTF-8`.
    static func declareUTF8(in utf8: inout Data) {
        let head = [UInt8](utf8.prefix(1024))
        var start = 0
        while start < head.count, DeclaredCharset.isSpace(head[start]) { start += 1 }
        guard start < head.count, let range = DeclaredCharset.xmlEncodingRange(head, from: start),
              String(decoding: head[range], as: UTF8.self).lowercased() != "utf-8" else { return }
        let base = utf8.startIndex
        utf8.replaceSubrange((base + range.lowerBound)..<(base + range.upperBound), with: Data("UTF-8".utf8))
    }

    /// Whether the XML declaration at the start of `bytes` names an encoding other than UTF-8.
    static func declaresOtherThanUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let declared = DeclaredCharset.of(bytes), declared.place == .xmlDeclaration else { return false }
        return declared.label.lowercased() != "utf-8"
    }
}
