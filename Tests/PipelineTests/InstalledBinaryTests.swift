import Foundation
import Testing
import Pipeline

/// The `broadsheet` binary as it is installed: copied away from the build, run from another
/// folder, with the source tree out of its reach.
///
/// "Out of reach" is made real, not assumed: the copy runs in its own mount namespace
/// (`unshare -rm`, a user namespace, so no root is needed where unprivileged namespaces are
/// allowed) in which an empty tmpfs is mounted over the repository, so neither `Layouts/` nor
/// any other source path exists for it. The debug build still loads the Swift runtime from the
/// toolchain (outside the repository); the release binary links it statically (`make install`).
@Suite struct InstalledBinaryTests {
    static let binary = TestSupport.root.appendingPathComponent(".build/debug/broadsheet")

    /// Whether this machine lets the test hide a folder in a mount namespace; the reason otherwise.
    static let canHideTheSource: Bool = {
        guard let result = try? run("/usr/bin/unshare", ["-rm", "/bin/sh", "-c", "mount -t tmpfs tmpfs \"$1\"", "sh", TestSupport.root.path]) else {
            return false
        }
        return result.status == 0 && !FileManager.default.temporaryDirectory.path.hasPrefix(TestSupport.root.path + "/")
    }()

    @Test(.enabled(if: canHideTheSource, "needs unshare -rm and tmpfs mounts (user namespaces), and a temporary folder outside the repository"))
    func aCopiedBinaryBuildsTheSampleSiteWithTheSourceTreeHidden() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin/broadsheet"), work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: bin.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.binary, to: bin)
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestSupport.site, to: site)
        for leftover in ["public", ".broadsheet", ".public.lock"] { try? FileManager.default.removeItem(at: site.appendingPathComponent(leftover)) }

        // In the namespace: the repository replaced by an empty folder, then the build from `work`.
        let script = """
            mount -t tmpfs tmpfs "$1" || exit 90
            [ -e "$1/Layouts" ] && exit 91
            cd "$2" && exec "$3" build site --output out
            """
        let result = try Self.run("/usr/bin/unshare", ["-rm", "/bin/sh", "-c", script, "sh", TestSupport.root.path, work.path, bin.path],
                                  environment: ProcessInfo.processInfo.environment.filter { $0.key != "BROADSHEET_LAYOUTS" })
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Built "), "\(result.output)")

        // The same site built here with the repository's Layouts/ gives the same bytes.
        let expected = folder.appendingPathComponent("expected")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: expected, layouts: TestSupport.layouts))
        #expect(result.output.contains("→ out: \(report.files) files written, 0 unchanged, 0 removed (open out/index.html)"), "\(result.output)")
        let built = try TestSupport.tree(work.appendingPathComponent("out")), reference = try TestSupport.tree(expected)
        #expect(built.keys.sorted() == reference.keys.sorted())
        for (path, data) in reference where built[path] != data { Issue.record("\(path) differs from a build with Layouts/") }
        #expect(built["assets/style.css"] == (try Data(contentsOf: TestSupport.layouts.appendingPathComponent("assets/style.css"))))
    }

    @Test func versionNamesTheLibrariesAsPkgConfigKnowsThem() throws {
        let result = try Self.run(Self.binary.path, ["--version"])
        #expect(result.status == 0)
        let cmark = try Self.run("/usr/bin/pkg-config", ["--modversion", "libcmark"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let xml = try Self.run("/usr/bin/pkg-config", ["--modversion", "libxml-2.0"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let gd = try Self.run("/usr/bin/pkg-config", ["--modversion", "gdlib"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.output == "broadsheet 0.1.0 (libcmark \(cmark), libxml2 \(xml), libgd \(gd))\n")
        #expect(LibraryVersions.current.description == "libcmark \(cmark), libxml2 \(xml), libgd \(gd)")
    }

    @Test func layoutsExportWritesTheThemeOnceAndReplacesItOnlyWithForce() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("theme").path
        let first = try Self.run(Self.binary.path, ["layouts", "export", theme])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("Wrote the default theme's "), "\(first.output)")
        #expect(try TestSupport.tree(URL(fileURLWithPath: theme)) == (try TestSupport.tree(TestSupport.layouts)).filter { !$0.key.hasPrefix(".") })
        let again = try Self.run(Self.binary.path, ["layouts", "export", theme])
        #expect(again.status == 2)
        #expect(again.output.contains("files are there already"), "\(again.output)")
        #expect(again.output.contains("hint: pass --force to replace them"), "\(again.output)")
        let forced = try Self.run(Self.binary.path, ["layouts", "export", theme, "--force"])
        #expect(forced.status == 0, "\(forced.output)")
    }

    /// Runs a program (with `environment` when given); its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
