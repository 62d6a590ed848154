import Foundation
import Testing

/// `broadsheet check` through the binary: a new site built and checked, a broken output with
/// each problem on its line, the folders it cannot check.
@Suite struct CheckCommandTests {
    /// Whether epubcheck is there as TestSupport.epubcheck finds it (Debian's jar and java).
    static let epubcheckInstalled = ["/usr/share/java/epubcheck.jar", "/usr/bin/java"].allSatisfy { FileManager.default.fileExists(atPath: $0) }

    @Test func aNewSiteBuildsAndChecksClean() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("news")
        #expect(try CommandLineTests.run(["new", site.path]).status == 0)
        let built = try CommandLineTests.run(["build", site.path])
        #expect(built.status == 0, "\(built.stderr)")
        let checked = try CommandLineTests.run(["check", site.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr == "")
        let verdict = Self.epubcheckInstalled ? "epubcheck: valid" : "epubcheck not installed"
        #expect(checked.stdout.hasPrefix("Checked 9 pages, "), "\(checked.stdout)")  // 8 of the site and digest.html
        #expect(checked.stdout.hasSuffix(" and 1 book (\(verdict)) in \(site.path)/public: no problems\n"), "\(checked.stdout)")
        let output = try CommandLineTests.run(["check", site.appendingPathComponent("public").path, "--no-epubcheck", "-q"])
        #expect(output.status == 0)
        #expect(output.stdout == "" && output.stderr == "")
    }

    /// A site whose `static/` adds hand-made pages with every kind of problem.
    static let brokenSite: [String: String] = [
        "site.yml": "title: Broken\n",
        "content/2024/a.md": "---\ntitle: A\ndate: 2024-05-01\n---\n\nText.\n",
        "static/extra.html": """
            <!DOCTYPE html><html><head><title>Extra</title><link rel="stylesheet" href="/assets/style.css"></head>
            <body><a href="2024/a/index.html#nowhere">a</a>
            <img src="gone.png" alt="">
            <a href="tags/">tags</a></body></html>

            """,
        "static/more/rss.xml": "<rss><channel><title>A & B</title></channel></rss>\n",
    ]

    @Test func eachProblemIsALineWithFileAndLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CommandFlagsTests.write(Self.brokenSite, in: folder)
        #expect(try CommandLineTests.run(["build", folder.path]).status == 0)
        let public_ = folder.appendingPathComponent("public").path
        let checked = try CommandLineTests.run(["check", folder.path, "--no-epubcheck"])
        #expect(checked.status == 1)
        #expect(checked.stderr == """
            \(public_)/extra.html:1: error: link "/assets/style.css" starts at the server's root, so it breaks under a sub-path and from disk (make it relative to the page, as the default templates do with {{root}})
            \(public_)/extra.html:2: error: broken link: 2024/a/index.html has no element with id "nowhere" (fix the #fragment, or give the element it means that id)
            \(public_)/extra.html:3: error: broken link: gone.png is not in the output (fix the template or article that writes the link, then build again)
            \(public_)/extra.html:4: warning: link to the folder tags/: a web server shows its index.html, but opened from disk the browser lists the folder (link to tags/index.html)
            \(public_)/more/rss.xml:1: error: not well-formed XML: xmlParseEntityRef: no name (feed readers and search engines refuse a file that is not well-formed; build again, and report it if it stays)

            """)
        #expect(checked.stdout.hasSuffix(" in \(public_): 4 errors, 1 warning\n"), "\(checked.stdout)")
        let quiet = try CommandLineTests.run(["check", folder.path, "--no-epubcheck", "--quiet"])
        #expect(quiet.status == 1)
        #expect(quiet.stdout == "")
        #expect(!quiet.stderr.contains("warning"))
    }

    @Test func aWarningFailsOnlyAStrictCheck() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CommandFlagsTests.write([
            "site.yml": "title: T\n", "content/2024/a.md": "---\ntitle: A\ndate: 2024-05-01\n---\n\nText.\n",
            "static/folder-link.html": "<!DOCTYPE html><html><head><title>F</title></head><body><a href=\"tags/\">tags</a></body></html>\n",
        ], in: folder)
        #expect(try CommandLineTests.run(["build", folder.path]).status == 0)
        #expect(try CommandLineTests.run(["check", folder.path, "--no-epubcheck"]).status == 0)
        #expect(try CommandLineTests.run(["check", folder.path, "--no-epubcheck", "--strict"]).status == 1)
    }

    @Test func whatCannotBeCheckedEndsWithTwo() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CommandLineTests.run(["check", folder.path])
        #expect(empty.status == 2)
        #expect(empty.stderr == """
            error: \(folder.path) is neither a site folder (site.yml, content/) nor a built site (index.html)
              hint: give a site folder, or the folder broadsheet build wrote

            """)
        try CommandFlagsTests.write(["site.yml": "title: T\n"], in: folder)
        let unbuilt = try CommandLineTests.run(["check", folder.path])
        #expect(unbuilt.status == 2)
        #expect(unbuilt.stderr.hasPrefix("error: \(folder.path) has not been built: it has no public/ folder\n  hint: run broadsheet build \(folder.path) first"))
        let missing = try CommandLineTests.run(["check", folder.appendingPathComponent("nope").path])
        #expect(missing.status == 2)
        #expect(try CommandLineTests.run(["check", "-q", "-v"]).status == 64)
    }
}
