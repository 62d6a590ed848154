import Foundation

/// The encoding fixtures of FeedImportTests (`Tests/FeedImportTests/Fixtures/encodings/`),
/// read in place: one short feed per language, written in each encoding that can hold it.
enum FixtureFeeds {
    /// The folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FeedImportTests/Fixtures/encodings")

    /// The bytes of `name`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// Every `LANG.ENCODING[.undeclared].xml` file with its language, UTF-8 references aside.
    static func legacyFiles() throws -> [(file: String, language: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".xml") && !$0.hasPrefix("mixed.") && !$0.hasPrefix("case-") && !$0.contains(".utf-8.") }
            .map { ($0, String($0.prefix { $0 != "." })) }
    }

    /// The text of a feed without its first line (the XML declaration, which differs).
    static func body(_ text: String) -> Substring {
        text.drop { $0 != "\n" }
    }
}
