import Foundation
import Testing
import Theme
@testable import Pipeline

/// `broadsheet layouts export`: the built-in theme written out, never over files without --force.
@Suite struct ThemeExportTests {
    @Test func anExportIsTheEmbeddedThemeFileForFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("theme/new")
        let written = try ThemeExport.write(to: target, force: false)
        #expect(written == DefaultTheme.files.keys.sorted())
        #expect(try TestSupport.tree(target) == DefaultTheme.files)
    }

    @Test func filesThereAlreadyAreRefusedBeforeAnythingIsWritten() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("base.mustache"))
        let total = DefaultTheme.files.count
        #expect(throws: PipelineError("\(folder.path): 1 of the theme's \(total) files are there already (base.mustache); nothing was written",
                                      hint: "pass --force to replace them, or export into a new folder")) {
            try ThemeExport.write(to: folder, force: false)
        }
        #expect(try TestSupport.tree(folder) == ["base.mustache": Data("mine".utf8)])
    }

    @Test func forceReplacesThemFileForFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ThemeExport.write(to: folder, force: false)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("base.mustache"))
        try Data("kept".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try ThemeExport.write(to: folder, force: true)
        #expect(try TestSupport.tree(folder) == DefaultTheme.files.merging(["notes.txt": Data("kept".utf8)]) { old, _ in old })
    }

    @Test func aFileWhereTheThemeHasAFolderIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("assets"))
        #expect(throws: PipelineError("\(folder.path)/assets is a file where the theme has a folder",
                                      hint: "move it away, or export into a new folder")) {
            try ThemeExport.write(to: folder, force: true)
        }
        #expect(try TestSupport.tree(folder).keys.sorted() == ["assets"])
    }

    @Test func aLinkOutOfTheFolderIsNeverWrittenThrough() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("theme"), outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: target.appendingPathComponent("assets"), withDestinationURL: outside)
        #expect(throws: PipelineError("\(target.path)/assets leads out of \(target.path) (a symbolic link)",
                                      hint: "export into a folder without links out of it")) {
            try ThemeExport.write(to: target, force: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aFileInPlaceOfTheFolderIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("theme")
        try Data("x".utf8).write(to: file)
        #expect(throws: PipelineError("\(file.path) is a file, not a folder", hint: "give the path of a new or existing folder")) {
            try ThemeExport.write(to: file, force: true)
        }
    }
}
