import Foundation

/// Shared inputs of the fetch tests: the fixture pictures, temporary folders, and a way to
/// run blocking work (the fetch itself) off Swift's cooperative threads, which the test
/// server needs free.
enum FetchFixtures {
    /// A fixture's bytes (`Fixtures/NAME`, made by `make-fixtures.py`).
    static func data(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!
        return try! Data(contentsOf: url)
    }

    /// An 8 × 6 JPEG.
    static let jpeg = data("harbour.jpg")
    /// A 5 × 4 PNG.
    static let png = data("tide-chart.png")
    /// A 3 × 2 GIF.
    static let gif = data("gull.gif")

    /// An HTML page, served as `photo.jpg`.
    static let htmlPage = Data("<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Sorry, nothing here.</p></body></html>".utf8)
    /// An SVG picture carrying a script.
    static let scriptedSVG = Data("""
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><script>alert(document.cookie)</script>\
        <rect width="40" height="30" fill="red"/></svg>
        """.utf8)

    /// A new empty folder under the system's temporary folder; the caller deletes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-fetch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (relative path → text) below `folder`.
    static func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The repository's root folder, and its default theme.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let layouts = root.appendingPathComponent("Layouts")

    /// `body()` on a thread of its own (neither Swift's cooperative threads nor Dispatch's,
    /// which the server and URLSession need free), awaited.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
