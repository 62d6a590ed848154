import ArticleModel
import Foundation
import SiteBuild
import Templating
import Testing

@Suite struct SiteThemeTests {
    @Test func overridingTheArticleTemplateChangesOnlyArticlePages() throws {
        let plain = try SiteFixture.build(SiteFixture.small)
        let custom = """
        {{<base}}{{$content}}<h1 class="custom">{{article.title}}</h1>{{{article.body}}}{{/content}}{{/base}}
        """
        let changed = try SiteFixture.build(SiteFixture.small, changes: ["article.mustache": custom])
        #expect(plain.files.map(\.path) == changed.files.map(\.path))
        for (before, after) in zip(plain.files, changed.files) {
            let isArticle = SiteFixture.small.contains { before.path == $0.article.key + "/index.html" }
            #expect((before.contents != after.contents) == isArticle, "\(before.path)")
            if isArticle { #expect(after.text.contains("<h1 class=\"custom\">")) }
        }
    }

    @Test func assetsAreCopiedAndOtherFilesIgnored() throws {
        let site = try SiteFixture.build([], changes: ["assets/logo.svg": "<svg/>", "notes.txt": "ignored",
                                                       "partials/x.mustache": "{{"])
        #expect(site.text("assets/logo.svg") == "<svg/>")
        #expect(!site.files.contains { $0.path.contains("notes") || $0.path.contains("partials") })
    }

    @Test func anAssetWithAnUnsafePathIsSkippedWithAWarning() throws {
        let site = try SiteFixture.build([], changes: ["assets/../../escape.css": "x"])
        #expect(!site.files.contains { $0.path.contains("escape") })
        #expect(site.diagnostics.contains { $0.severity == .warning && $0.file == "layouts/assets/../../escape.css" })
    }

    @Test func aTemplateThatIsNotUTF8IsAnError() throws {
        var layouts = SiteFixture.layouts
        layouts["404.mustache"] = Data([0xFF, 0xFE, 0x00, 0xD8])
        #expect(throws: SiteBuildError.unreadableLayout(file: "404.mustache")) {
            try SiteBuilder.build([], config: SiteConfig(), layouts: layouts)
        }
    }

    @Test func buildingTwiceOrFromShuffledInputGivesIdenticalBytes() throws {
        let first = try SiteFixture.build(SiteFixture.large, pageSize: 3, baseURL: "https://example.org/")
        let second = try SiteFixture.build(SiteFixture.large.reversed(), pageSize: 3, baseURL: "https://example.org/")
        #expect(first.files == second.files)
        #expect(first.diagnostics == second.diagnostics)
    }

    @Test func aTemplateSyntaxErrorNamesTheTemplateAndLine() throws {
        let broken = "{{<base}}\n{{$content}}\n<h1>{{article.title}</h1>\n{{/content}}\n{{/base}}\n"
        do {
            _ = try SiteFixture.build(SiteFixture.small, changes: ["article.mustache": broken])
            Issue.record("a broken template built")
        } catch let error as TemplateError {
            guard case let .syntax(template, line, _, _) = error else { throw error }
            #expect(template == "article")
            #expect(line == 3)
            #expect(error.description.hasPrefix("article.mustache:3:"))
        }
    }

    @Test func aMissingTemplateSaysWhichPageNeededIt() throws {
        var layouts = SiteFixture.layouts
        layouts["tags.mustache"] = nil
        #expect(throws: SiteBuildError.render(page: "tags/index.html", template: "tags",
                                              reason: "no template named 'tags': add tags.mustache to the layouts")) {
            try SiteBuilder.build(SiteFixture.small, config: SiteConfig(), layouts: layouts)
        }
    }

    @Test func everyTemplateIsDocumentedInTheThemeReadme() throws {
        let readme = String(decoding: try #require(SiteFixture.layouts["README.md"]), as: UTF8.self)
        for path in SiteFixture.layouts.keys where path.hasSuffix(".mustache") {
            #expect(readme.contains("`\(path)`"), "Layouts/README.md does not mention \(path)")
        }
    }
}
