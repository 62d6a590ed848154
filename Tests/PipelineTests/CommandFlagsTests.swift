import Foundation
import Testing

/// The flags people expect, run through the binary: `build --base-url --drafts --quiet`,
/// `convert -o --base-url --site`, `import --dry-run`, shell completions.
@Suite struct CommandFlagsTests {
    /// A site with one article, one draft, a raw script (a warning) and a base URL.
    static let site: [String: String] = [
        "site.yml": "title: Flags\nbase_url: https://published.example/news/\n",
        "content/2024/hello.md": "---\ntitle: Hello\ndate: 2024-05-01\n---\n\nHi <script>x()</script> there.\n",
        "content/2024/secret.md": "---\ntitle: Secret plans\ndate: 2024-05-02\ndraft: true\n---\n\nNot yet.\n",
    ]

    static func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    @Test func baseURLReplacesSiteYmlForOneBuild() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.site, in: folder)
        let result = try CommandLineTests.run(["build", folder.path, "--base-url", "http://localhost:8000/preview/"])
        #expect(result.status == 0, "\(result.stderr)")
        let feed = Self.text(folder.appendingPathComponent("public/feed.xml"))
        #expect(feed.contains("http://localhost:8000/preview/2024/hello/"))
        #expect(!feed.contains("published.example"))
        let again = try CommandLineTests.run(["build", folder.path])
        #expect(again.status == 0)
        #expect(Self.text(folder.appendingPathComponent("public/feed.xml")).contains("https://published.example/news/2024/hello/"))
    }

    @Test(arguments: ["ftp://example.com/", "example.com", "https://", "https://a.example/x y"])
    func aBaseURLThatIsNoWebAddressIsAUsageError(address: String) throws {
        let result = try CommandLineTests.run(["build", "/tmp", "--base-url", address])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: --base-url \(address): give an http:// or https:// address"), "\(result.stderr)")
    }

    @Test func draftsArePublishedOnlyWhenAskedAndCounted() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.site, in: folder)
        let secret = folder.appendingPathComponent("public/2024/secret/index.html")
        let plain = try CommandLineTests.run(["build", folder.path])
        #expect(plain.stdout.hasPrefix("Built 1 article, "), "\(plain.stdout)")
        #expect(!FileManager.default.fileExists(atPath: secret.path))
        let drafts = try CommandLineTests.run(["build", folder.path, "--drafts"])
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(drafts.stdout.hasPrefix("Built 2 articles (1 draft), "), "\(drafts.stdout)")
        #expect(Self.text(secret).contains("Secret plans"))
    }

    @Test func quietPrintsErrorsOnly() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.site, in: folder)
        let loud = try CommandLineTests.run(["build", folder.path])
        #expect(loud.stderr.contains("warning: removed <script>"))
        let quiet = try CommandLineTests.run(["build", folder.path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout == "")
        #expect(quiet.stderr == "")
        let strict = try CommandLineTests.run(["build", folder.path, "-q", "--strict"])
        #expect(strict.status == 1, "a warning fails a strict build, printed or not")
        let both = try CommandLineTests.run(["build", folder.path, "-q", "-v"])
        #expect(both.status == 64)
    }

    @Test func convertWritesTheFileNamedByDashO() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data("<p>Hello <b>you</b></p>".utf8).write(to: page)
        let target = folder.appendingPathComponent("page.md")
        try Data("old text".utf8).write(to: target)
        let result = try CommandLineTests.run(["convert", page.path, "-o", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(Self.text(target) == "Hello **you**\n")
        let intoFolder = try CommandLineTests.run(["convert", page.path, "-o", folder.path])
        #expect(intoFolder.status == 64)
        #expect(intoFolder.stderr.contains("is a folder: give the name of the Markdown file to write"))
        let nowhere = try CommandLineTests.run(["convert", page.path, "-o", folder.appendingPathComponent("no/such/folder.md").path])
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("error: cannot write"), "\(nowhere.stderr)")
    }

    @Test func convertResolvesAgainstTheBaseURLAndAppliesTheSiteRules() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(["site.yml": "title: T\ncleaning:\n  drop_text: [\"^Advertisement$\"]\n"], in: folder)
        let html = "<p>See <a href=\"/x/y.html\">this</a> and <img src=\"pic.jpg\" alt=\"p\"></p><p>Advertisement</p>"
        let plain = try CommandLineTests.run(["convert", "-"], input: html)
        #expect(plain.stdout == "See [this](/x/y.html) and ![p](pic.jpg)\n\nAdvertisement\n")
        let result = try CommandLineTests.run(["convert", "-", "--base-url", "https://news.example/a/b.html", "--site", folder.path], input: html)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "See [this](https://news.example/x/y.html) and ![p](https://news.example/a/pic.jpg)\n")
        #expect(result.stderr == "<stdin>: note: removed boilerplate paragraph \"Advertisement\" (rule: ^Advertisement$)\n")
        let noText = try CommandLineTests.run(["convert", "-"], input: "<script>x()</script>")
        #expect(noText.status == 2)
        #expect(noText.stderr.hasSuffix("error: <stdin>: no text to convert\n"), "\(noText.stderr)")
    }

    @Test func importDryRunListsChangesAndWritesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Data(FaultTests.feed([("One", "Mon, 02 Jan 2023 10:00:00 +0000"), ("Two", "Tue, 03 Jan 2023 10:00:00 +0000")]).utf8).write(to: feed)
        let site = folder.appendingPathComponent("site")
        let fresh = try CommandLineTests.run(["import", feed.path, "--site", site.path, "--create-site", "--dry-run"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout == """
            would create content/2023/one.md
            would create content/2023/two.md
            Dry run for \(site.path)/content: 2 new, 0 updated, 0 unchanged, 0 kept (edited by hand); nothing written

            """)
        #expect(!FileManager.default.fileExists(atPath: site.path), "not even the folder")
        _ = try CommandLineTests.run(["import", feed.path, "--site", site.path, "--create-site"])
        let edited = site.appendingPathComponent("content/2023/one.md")
        try Data((Self.text(edited) + "A line of mine.\n").utf8).write(to: edited)
        let before = try TestSupport.tree(site)
        let again = try CommandLineTests.run(["import", feed.path, "--site", site.path, "--dry-run", "--force"])
        #expect(again.stdout.hasPrefix("would update content/2023/one.md\nDry run for "), "\(again.stdout)")
        let kept = try CommandLineTests.run(["import", feed.path, "--site", site.path, "--dry-run"])
        #expect(kept.stdout.hasPrefix("would keep   content/2023/one.md (edited by hand; --force replaces it)\n"), "\(kept.stdout)")
        #expect(try TestSupport.tree(site) == before, "a dry run writes nothing, not even the record or a lock")
    }

    @Test(arguments: ["bash", "zsh", "fish"]) func completionScriptsNameEveryCommandAndFlag(shell: String) throws {
        let result = try CommandLineTests.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["build", "import", "convert", "fetch", "base-url", "drafts", "dry-run"] {
            #expect(result.stdout.contains(word), "\(shell): \(word)")
        }
    }
}
