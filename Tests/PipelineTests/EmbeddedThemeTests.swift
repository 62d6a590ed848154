import Foundation
import Testing
import Theme
@testable import Pipeline

/// The default theme compiled into the binary (`Theme`, written by the EmbedTheme plugin) and
/// how theme folders are laid over it.
@Suite struct EmbeddedThemeTests {
    @Test func theEmbeddedThemeIsLayoutsByteForByte() throws {
        let disk = try SiteReader.files(below: TestSupport.layouts, named: "Layouts")
        #expect(DefaultTheme.files.keys.sorted() == disk.keys.sorted())
        for (path, data) in disk.sorted(by: { $0.key < $1.key }) {
            #expect(DefaultTheme.files[path] == data, "\(path) differs from Layouts/\(path): rebuild, the plugin embeds it")
        }
        for path in ["base.mustache", "article.mustache", "assets/style.css", "book/epub.css", "i18n/en.yml"] {
            #expect(DefaultTheme.files[path] != nil, "\(path) is not embedded")
        }
    }

    @Test func noThemeFolderMeansTheEmbeddedThemeAlone() throws {
        #expect(try SiteReader.theme(nil) == DefaultTheme.files)
    }

    @Test func aThemeFolderReplacesFilesByNameAndAddsItsOwn() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("<main>{{{body}}}</main>".utf8).write(to: folder.appendingPathComponent("base.mustache"))
        try Data("p { color: teal }".utf8).write(to: folder.appendingPathComponent("assets/extra.css"))
        let theme = try SiteReader.theme(folder)
        #expect(theme["base.mustache"] == Data("<main>{{{body}}}</main>".utf8))
        #expect(theme["assets/extra.css"] == Data("p { color: teal }".utf8))
        #expect(theme.count == DefaultTheme.files.count + 1)
        for (path, data) in DefaultTheme.files where path != "base.mustache" {
            #expect(theme[path] == data, "\(path)")
        }
    }

    @Test func aMissingThemeFolderIsAnErrorNamingIt() throws {
        #expect(throws: PipelineError("/nonexistent/theme: the theme folder does not exist",
                                      hint: "give an existing folder to --layouts (or BROADSHEET_LAYOUTS), or leave it out to use the built-in theme")) {
            try SiteReader.theme(URL(fileURLWithPath: "/nonexistent/theme"))
        }
    }

    @Test func theEnvironmentNamesAThemeFolderOnlyWhenSet() {
        #expect(LayoutsLocator.environmentLayouts([:]) == nil)
        #expect(LayoutsLocator.environmentLayouts(["BROADSHEET_LAYOUTS": ""]) == nil)
        #expect(LayoutsLocator.environmentLayouts(["BROADSHEET_LAYOUTS": "/srv/theme"])?.path == "/srv/theme")
    }
}
