import ArticleModel
import Foundation
import SiteFiles
import Testing

/// The media store's record: what `build` accepts from `media/index.json`, and what it leaves
/// out (each with a warning naming the entry).
@Suite struct MediaRecordTests {
    static let record = """
    {
      "images" : {
        "https://pics.example/a.jpg" : { "bytes" : 10, "file" : "0123abcd.jpg", "height" : 6, "type" : "jpeg", "width" : 8 },
        "https://pics.example/b.svg" : { "bytes" : 10, "file" : "4567abcd.svg", "height" : 6, "type" : "svg", "width" : 8 },
        "https://pics.example/c.png" : { "bytes" : 10, "file" : "89abcdef.jpg", "height" : 6, "type" : "png", "width" : 8 },
        "https://pics.example/d.gif" : { "bytes" : 10, "file" : "../site.yml", "height" : 6, "type" : "gif", "width" : 8 },
        "https://pics.example/e.gif" : { "bytes" : 10, "file" : "fedc.gif", "height" : 0, "type" : "gif", "width" : 8 }
      }
    }
    """

    @Test func onlyUsableEntriesAreKeptAndEachOtherIsNamed() throws {
        var log: [Diagnostic] = []
        let record = try MediaRecord.parse(Data(Self.record.utf8), file: "media/index.json", log: &log)
        #expect(record.images.keys.sorted() == ["https://pics.example/a.jpg"])
        #expect(log.map(\.description) == [
            "media/index.json: warning: entry for https://pics.example/b.svg is an SVG, which may carry script; left out (convert it to PNG and record that file instead)",
            "media/index.json: warning: entry for https://pics.example/c.png is a png stored as \"89abcdef.jpg\"; left out (run `broadsheet fetch` to fetch it again)",
            "media/index.json: warning: entry for https://pics.example/d.gif names an unusable file \"../site.yml\"; left out (run `broadsheet fetch` to fetch it again)",
            "media/index.json: warning: entry for https://pics.example/e.gif names an unusable file \"fedc.gif\"; left out (run `broadsheet fetch` to fetch it again)",
        ])
    }

    @Test func aRecordWrittenOutReadsBackTheSame() throws {
        var log: [Diagnostic] = []
        let record = try MediaRecord.parse(Data(Self.record.utf8), file: "media/index.json", log: &log)
        var again: [Diagnostic] = []
        #expect(try MediaRecord.parse(record.json, file: "media/index.json", log: &again) == record)
        #expect(again.isEmpty)
    }

    @Test func anUnreadableRecordNamesTheFileAndWhatToDo() {
        var log: [Diagnostic] = []
        #expect(throws: SiteFileError.self) { try MediaRecord.parse(Data("{\"images\": 3}".utf8), file: "media/index.json", log: &log) }
    }
}
