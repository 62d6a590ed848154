import Foundation
import Testing

/// `broadsheet new`: a folder that builds at once, feeds from files and web addresses, and
/// the folders it refuses.
@Suite struct NewSiteTests {
    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    /// The files and folders below `folder`, sorted, folders with a final slash.
    static func listing(_ folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        return walker.compactMap { item in
            guard let url = item as? URL else { return nil }
            let path = String(url.path.dropFirst(folder.path.count + 1))
            return isDirectory(url) ? path + "/" : path
        }.sorted()
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    @Test func aNewSiteBuildsAtOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("harbour-news")
        let created = try CommandLineTests.run(["new", site.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("Created \(site.path): site.yml, content/"))
        #expect(created.stdout.hasSuffix("Next: broadsheet build \(site.path), then open \(site.path)/public/index.html\n"))
        let year = try #require(Self.listing(site).first { $0.hasPrefix("content/") && $0.count == 13 }).dropFirst(8).prefix(4)
        #expect(Self.listing(site) == [".gitignore", "content/", "content/\(year)/", "content/\(year)/welcome.md", "feeds/", "site.yml", "static/"])
        #expect(Self.text(site.appendingPathComponent("site.yml")).contains("\ntitle: \"Harbour news\"\n"))
        let built = try CommandLineTests.run(["build", site.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Built 1 article, "))
        #expect(!built.stderr.contains("warning"), "a new site builds without a warning: \(built.stderr)")
        #expect(Self.text(site.appendingPathComponent("public/\(year)/welcome/index.html")).contains("Welcome to Harbour news"))
    }

    @Test func feedsComeFromFilesAndWebAddresses() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = FaultTests.feed([("One", "Mon, 02 Jan 2023 10:00:00 +0000")])
        try FaultTests.write(feed, to: folder.appendingPathComponent("a/news.xml"))
        try FaultTests.write(feed, to: folder.appendingPathComponent("b/news.xml"))
        let site = folder.appendingPathComponent("site")
        let created = try CommandLineTests.run([
            "new", site.path, "--title", "Two \"feeds\"", "--from", folder.appendingPathComponent("a/news.xml").path,
            "--from", folder.appendingPathComponent("b/news.xml").path, "--from", "https://news.example/feed.xml",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasSuffix("Next: broadsheet fetch \(site.path) (downloads 1 feed), then broadsheet build \(site.path)\n"))
        let settings = Self.text(site.appendingPathComponent("site.yml"))
        #expect(settings.contains("\ntitle: \"Two \\\"feeds\\\"\"\n"))
        #expect(settings.contains("\nsources:\n  - \"feeds/news.xml\"\n  - \"feeds/news-2.xml\"\n  - \"https://news.example/feed.xml\"\n"))
        #expect(Self.text(site.appendingPathComponent("feeds/news.xml")) == feed)
        #expect(Self.text(site.appendingPathComponent("feeds/news-2.xml")) == feed)
        let built = try CommandLineTests.run(["build", site.path])
        #expect(built.status == 1, "built, with the web feed not fetched yet: \(built.stderr)")
        #expect(built.stdout.hasPrefix("Built 2 articles, "), "the welcome article and the feed's one (the copy is the same item)")
        #expect(built.stderr.contains("site.yml: error: source https://news.example/feed.xml has not been fetched yet; left out"))
    }

    @Test func anEmptyFolderIsUsedAndAFullOneRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CommandLineTests.run(["new", folder.path])
        #expect(empty.status == 0, "\(empty.stderr)")
        let again = try CommandLineTests.run(["new", folder.path])
        #expect(again.status == 2)
        #expect(again.stderr == """
            error: \(folder.path) is not empty: a new site is only started in a new or empty folder
              hint: give another folder name; to build the site that is there, run broadsheet build \(folder.path)

            """)
        let hidden = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: hidden) }
        try FaultTests.write("x", to: hidden.appendingPathComponent(".git/HEAD"))
        #expect(try CommandLineTests.run(["new", hidden.path]).status == 2, "a hidden file counts")
        #expect(Self.listing(hidden) == [".git/", ".git/HEAD"])
        let file = hidden.appendingPathComponent(".git/HEAD")
        let onAFile = try CommandLineTests.run(["new", file.path])
        #expect(onAFile.status == 2)
        #expect(onAFile.stderr.contains("is a file, not a folder"))
        #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).new-").path))
    }

    @Test(arguments: [
        (["new"], "Error: Missing expected argument '<folder>'"),
        (["new", "/tmp/x", "--from", "ftp://news.example/feed.xml"], "not an http:// or https:// address"),
        (["new", "/tmp/x", "--from", "/tmp"], "Error: --from /tmp is a folder"),
        (["new", "/tmp/x", "--title", " "], "Error: --title needs some text"),
    ])
    func wrongCommandLinesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
