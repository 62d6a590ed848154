import ArticleModel
import Foundation
import Pipeline
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Faults around the disk: imports that fail half-way, two processes at once, builds killed
/// mid-write, inputs that are not files, output paths that are not folders. Each case builds
/// the leftovers by hand in a temporary folder, then checks the outcome and the message.
@Suite struct FaultTests {
    /// An RSS feed with one item per `(title, date)`; guids are `g1`, `g2`, …
    static func feed(_ items: [(String, String)]) -> String {
        let body = items.enumerated().map { index, item in
            "<item><title>\(item.0)</title><guid>g\(index + 1)</guid><pubDate>\(item.1)</pubDate><description>Body \(index + 1)</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\(body.joined())</channel></rss>"
    }

    static let fourItems = feed([
        ("One", "Mon, 02 Jan 2023 10:00:00 +0000"), ("Two", "Tue, 03 Jan 2023 10:00:00 +0000"),
        ("Three", "Mon, 01 Jan 2024 10:00:00 +0000"), ("Four", "Wed, 04 Jan 2023 10:00:00 +0000"),
    ])

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static func error(_ body: () throws -> Void) -> PipelineError? {
        do {
            try body()
            return nil
        } catch {
            return error as? PipelineError
        }
    }

    /// The pid of a process that has ended: no process runs with it now.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func files(below folder: URL) throws -> [String] {
        try TestSupport.tree(folder).keys.sorted()
    }

    // MARK: import record

    @Test func aFailedImportKeepsItsRecordAndTheRetryWritesNoCopies() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        // A plain file where content/2024/ should be: the third write (item "Three") fails.
        try Self.write("in the way", to: site.appendingPathComponent("content/2024"))
        let failure = Self.error { _ = try ContentImporter.importFeeds([feed], into: site, force: false) }
        #expect(failure?.message.hasPrefix("cannot write \(site.path)/content/2024/three.md") == true, "\(String(describing: failure))")
        let record = try String(contentsOf: site.appendingPathComponent(ContentImporter.manifestPath), encoding: .utf8)
        #expect(record.contains("content/2023/one.md") && record.contains("content/2023/two.md"))
        #expect(!record.contains("three") && !record.contains("four"))

        try FileManager.default.removeItem(at: site.appendingPathComponent("content/2024"))
        let retry = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(retry.unchanged == ["content/2023/one.md", "content/2023/two.md"])
        #expect(retry.created == ["content/2024/three.md", "content/2023/four.md"])
        #expect(try Self.files(below: site.appendingPathComponent("content"))
                == ["2023/four.md", "2023/one.md", "2023/two.md", "2024/three.md"])
    }

    @Test func aKilledImportIsRecoveredFromItsJournal() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        // What a kill -9 after the second file leaves: two files, no imports.json, a journal
        // whose last line was cut short.
        _ = try ContentImporter.importFeeds([feed], into: site, force: false)
        let one = try String(contentsOf: site.appendingPathComponent("content/2023/one.md"), encoding: .utf8)
        let two = try String(contentsOf: site.appendingPathComponent("content/2023/two.md"), encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content"))
        try FileManager.default.removeItem(at: site.appendingPathComponent(ContentImporter.manifestPath))
        try Self.write(one, to: site.appendingPathComponent("content/2023/one.md"))
        try Self.write(two, to: site.appendingPathComponent("content/2023/two.md"))
        try Self.write("""
        {"files":{"content/2023/one.md":{"hash":"\(ContentHash.of(one))","id":"g1"}}}
        {"files":{"content/2023/two.md":{"hash":"\(ContentHash.of(two))","id":"g2"}}}
        {"files":{"content/2024/thr
        """, to: site.appendingPathComponent(ContentImporter.journalPath))

        let retry = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(retry.unchanged == ["content/2023/one.md", "content/2023/two.md"])
        #expect(retry.created == ["content/2024/three.md", "content/2023/four.md"])
        #expect(retry.keptEdited.isEmpty)
        #expect(retry.diagnostics.contains { $0.message == "an earlier import stopped before saving its record; recovered 2 entries from its journal" })
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(ContentImporter.journalPath).path))
        #expect(try Self.files(below: site.appendingPathComponent("content")).allSatisfy { !$0.hasSuffix("-2.md") })
    }

    // MARK: lock

    @Test func aSecondProcessIsToldWhoHoldsTheSite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        try Self.write("title: T\nsources: [feed.xml]\n", to: site.appendingPathComponent("site.yml"))
        try Self.write(Self.fourItems, to: site.appendingPathComponent("feed.xml"))
        // Another process's lock: flock on a second open file description conflicts with ours
        // even inside one process, exactly as between two processes.
        let lockPath = site.appendingPathComponent(".broadsheet/lock").path
        try FileManager.default.createDirectory(at: site.appendingPathComponent(".broadsheet"), withIntermediateDirectories: true)
        // O_CLOEXEC: a process another test starts meanwhile must not inherit (and keep) the lock.
        let other = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(other >= 0 && flock(other, LOCK_EX | LOCK_NB) == 0)
        _ = "4242\n".withCString { pwrite(other, $0, 5, 0) }

        let importError = Self.error { _ = try ContentImporter.importFeeds([feed], into: site, force: false) }
        #expect(importError?.message == "another broadsheet (pid 4242) is using the site \(site.path); wait for it to finish or stop it, then run this again")
        let buildError = Self.error { _ = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts)) }
        #expect(buildError?.message.hasPrefix("another broadsheet (pid 4242) is using the site") == true, "\(String(describing: buildError))")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path))

        close(other)  // the holder ends: its lock goes with it
        let report = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(report.created.count == 4)
        #expect(try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts)).articles == 4)
    }

    @Test func twoBuildsIntoOneOutputFolderAreRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        let other = open(folder.appendingPathComponent(".out.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        let failure = Self.error {
            _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: folder.appendingPathComponent("out"), layouts: TestSupport.layouts))
        }
        #expect(failure?.message == "another broadsheet is using the output folder \(folder.path)/out; wait for it to finish or stop it, then run this again")
    }

    // MARK: killed builds

    @Test func leftoversOfAKilledBuildAreCleanedAndAnInterruptedSwapRestored() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        let output = folder.appendingPathComponent("out")
        let request = BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts)
        _ = try Pipeline.build(request)
        let dead = try Self.deadPID()
        // Killed between the two renames: the site is aside, nothing at the output path.
        // Even a build with nothing to publish puts it back, then fails and keeps it.
        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent(".out.old-\(dead)"))
        let empty = folder.appendingPathComponent("empty.xml")
        try Self.write("", to: empty)
        #expect(Self.error { _ = try Pipeline.build(BuildRequest(source: .feeds([empty]), output: output, layouts: TestSupport.layouts)) } != nil)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("book.epub").path))

        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent(".out.old-\(dead)"))
        // Killed while writing: a temporary folder with our marker.
        try Self.write("x", to: folder.appendingPathComponent(".out.tmp-\(dead)/.broadsheet-output"))
        try Self.write("x", to: folder.appendingPathComponent(".out.tmp-\(dead)/index.html"))
        // Not ours (no marker), and one of a running process (pid 1): both left alone.
        try Self.write("x", to: folder.appendingPathComponent(".out.tmp-\(dead + 1)x/keep"))
        try Self.write("x", to: folder.appendingPathComponent(".out.tmp-\(dead)0/keep"))
        try Self.write("x", to: folder.appendingPathComponent(".out.tmp-1/.broadsheet-output"))
        let report = try Pipeline.build(request)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("restored the previous output from .out.old-\(dead)") })
        #expect(report.diagnostics.contains { $0.message == "removed .out.tmp-\(dead), left by an earlier build that was stopped" })
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == [".out.lock", ".out.tmp-\(dead + 1)x", ".out.tmp-\(dead)0", ".out.tmp-1", "empty.xml", "feed.xml", "out"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("book.epub").path))
    }

    @Test(.disabled(if: getuid() == 0, "root lists every folder"))
    func aFolderThatCannotBeListedIsNeverTakenForEmpty() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        let output = folder.appendingPathComponent("out")
        try Self.write("mine", to: output.appendingPathComponent("thesis.tex"))
        #expect(chmod(output.path, 0o300) == 0)
        defer { chmod(output.path, 0o755) }
        let failure = Self.error { _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts)) }
        #expect(failure?.message.hasPrefix("refusing to replace \(output.path): its contents cannot be listed") == true)
        chmod(output.path, 0o755)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("thesis.tex").path))
    }

    // MARK: inputs and outputs that are not what they seem

    @Test func aFIFOOrADeviceIsNeverRead() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("feed.xml")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let output = folder.appendingPathComponent("out")
        let cases: [(URL, String)] = [
            (fifo, "\(fifo.path) is not a regular file: it is a FIFO (named pipe), and is not read"),
            (URL(fileURLWithPath: "/dev/zero"), "/dev/zero is not a regular file: it is a device, and is not read"),
        ]
        for (input, message) in cases {
            let failure = Self.error { _ = try Pipeline.build(BuildRequest(source: .feeds([input]), output: output, layouts: TestSupport.layouts)) }
            #expect(failure?.message == message)
        }
        let importFailure = Self.error { _ = try ContentImporter.importFeeds([fifo], into: folder.appendingPathComponent("site"), force: false) }
        #expect(importFailure?.message == cases[0].1)
    }

    @Test func outputsThatAreNotFoldersSaySo() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        let link = folder.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.appendingPathComponent("gone").path)
        let cases: [(URL, String)] = [
            (URL(fileURLWithPath: "/"), "refusing to use / as the output folder: / is the root folder"),
            (link, "\(link.path) is a broken symbolic link: it points to \(folder.path)/gone, which does not exist"),
            (feed, "\(feed.path) is a file, not a folder"),
        ]
        for (output, message) in cases {
            let failure = Self.error { _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts)) }
            #expect(failure?.message == message)
        }
    }

    @Test func theCommandLineSaysWhatIsWrongWithAPath() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.fourItems, to: feed)
        let fifo = folder.appendingPathComponent("page.html")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let typo = folder.appendingPathComponent("Stie").path
        let cases: [([String], String)] = [
            (["import", feed.path, "--site", typo], "error: no site folder at \(typo); check the path, or pass --create-site to start a new site there"),
            (["import", feed.path, "--site", feed.path], "Error: --site \(feed.path) is a file, not a site folder"),
            (["convert", fifo.path], "error: \(fifo.path) is not a regular file: it is a FIFO (named pipe), and is not read"),
            (["build", fifo.path, "-o", folder.appendingPathComponent("out").path], "\(fifo.path) is not a regular file: it is a FIFO (named pipe)"),
            (["build", feed.path, "-o", "/"], "error: refusing to use / as the output folder: / is the root folder"),
        ]
        for (arguments, message) in cases {
            let result = try CommandLineTests.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: typo))
        let created = try CommandLineTests.run(["import", feed.path, "--site", typo, "--create-site"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: typo + "/content/2024/three.md"))
    }

    // MARK: slugs in whole builds

    @Test func hostileTitlesAndTagsNeverFailABuildOrAnImport() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marks = String(repeating: "\u{301}\u{302}\u{303}", count: 100)
        let long = String(repeating: "a" + marks, count: 80)
        let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>\(long)</title><guid>g1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate><category>\(long)</category><description>One</description></item>
        <item><title>CON</title><guid>g2</guid><pubDate>Mon, 01 Jan 2024 11:00:00 +0000</pubDate><category>aux</category><description>Two</description></item>
        <item><title>\(String(repeating: "word ", count: 100_000))</title><guid>g3</guid><pubDate>Mon, 01 Jan 2024 12:00:00 +0000</pubDate><description>Three</description></item>
        </channel></rss>
        """
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(rss, to: feed)
        let site = folder.appendingPathComponent("site")
        let imported = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(imported.created.count == 3)
        #expect(imported.created.contains("content/2024/con-1.md"))
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        #expect(report.articles == 3)
        let paths = try Self.files(below: output) + Self.files(below: site)
        #expect(paths.contains("2024/con-1/index.html"))
        #expect(paths.contains { $0.hasPrefix("tags/aux-1/") })
        #expect(!paths.contains { $0.split(separator: "/").contains { ["con", "aux", "con.md"].contains($0) } })
        let longest = paths.flatMap { $0.split(separator: "/") }.map(\.utf8.count).max() ?? 0
        #expect(longest <= Slug.maximumBytes + 10, "a path component of \(longest) bytes")
    }
}
