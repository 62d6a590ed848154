import ArticleModel
import EbookBundle
import Foundation
import Testing
import ZIPFoundation

/// EPUBInspector on a sound book and on books broken one way each, rebuilt from the sound
/// one's entries.
@Suite struct EPUBInspectorTests {
    let book: EPUBContents

    init() throws {
        book = try EPUBContents(EPUBBuilder.epub(SampleArticles.all, config: SampleArticles.config,
                                                 stylesheet: SampleArticles.stylesheet, modified: SampleArticles.modified))
    }

    /// A zip of `entries` in order, each stored or deflated.
    static func zip(_ entries: [(path: String, data: Data, stored: Bool)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(entry.data.count),
                                 compressionMethod: entry.stored ? .none : .deflate) { position, size in
                entry.data.subdata(in: Int(position)..<min(Int(position) + size, entry.data.count))
            }
        }
        return try #require(archive.data)
    }

    /// The sound book's entries, `change` applied to the list.
    func rebuilt(_ change: (inout [(path: String, data: Data, stored: Bool)]) -> Void) throws -> Data {
        var entries = book.paths.map { (path: $0, data: book.files[$0] ?? Data(), stored: $0 == "mimetype") }
        change(&entries)
        return try Self.zip(entries)
    }

    func problems(_ data: Data) -> [String] {
        EPUBInspector.problems(in: data, file: "book.epub").map(\.description)
    }

    @Test func aSoundBookHasNoProblem() throws {
        #expect(problems(try rebuilt { _ in }) == [])
    }

    @Test func theMimetypeMustComeFirstStoredAndSayEPUB() throws {
        let expected = "book.epub: error: the first entry is not the mimetype file, stored uncompressed, saying application/epub+zip"
            + " (e-readers refuse such a book: build it again, and report the problem if it stays)"
        #expect(problems(try rebuilt { $0[0].stored = false }) == [expected])
        #expect(problems(try rebuilt { $0.append($0.removeFirst()) }) == [expected])
        #expect(problems(try rebuilt { $0[0].data = Data("application/zip".utf8) }) == [expected])
    }

    @Test func everyManifestFileMustBeInTheBook() throws {
        let gone = try #require(book.paths.first { $0.hasSuffix("chapter-002.xhtml") })
        #expect(problems(try rebuilt { $0.removeAll { $0.path == gone } }) == [
            "book.epub: OEBPS/content.opf: error: manifest item \"chapter-002\" names \(gone), which is not in the book"
                + " (e-readers refuse such a book: build it again, and report the problem if it stays)",
        ])
    }

    @Test func everySpineItemMustBeInTheManifest() throws {
        let data = try rebuilt { entries in
            let index = entries.firstIndex { $0.path == "OEBPS/content.opf" }!
            let text = String(decoding: entries[index].data, as: UTF8.self)
            entries[index].data = Data(text.replacingOccurrences(of: "idref=\"chapter-001\"", with: "idref=\"chapter-999\"").utf8)
        }
        #expect(problems(data) == [
            "book.epub: OEBPS/content.opf: error: spine item \"chapter-999\" is not in the manifest"
                + " (e-readers refuse such a book: build it again, and report the problem if it stays)",
        ])
    }

    @Test func theContainerMustNameThePackage() throws {
        #expect(problems(try rebuilt { $0.removeAll { $0.path == "META-INF/container.xml" } }) == [
            "book.epub: error: META-INF/container.xml is missing (e-readers refuse such a book: build it again, and report the problem if it stays)",
        ])
        let unnamed = try rebuilt { entries in
            let index = entries.firstIndex { $0.path == "META-INF/container.xml" }!
            entries[index].data = Data("<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles/></container>".utf8)
        }
        #expect(problems(unnamed) == [
            "book.epub: META-INF/container.xml: error: names no package document (rootfile full-path)"
                + " (e-readers refuse such a book: build it again, and report the problem if it stays)",
        ])
    }

    @Test func bytesThatAreNoZipSaySo() {
        let found = problems(Data("not a zip at all, and long enough to hold a header".utf8))
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("book.epub: error: the first entry is not the mimetype file") == true)
        #expect(found.last?.hasPrefix("book.epub: error: not a zip archive:") == true)
    }
}
