import ArticleModel
import Foundation
import SiteBuild
import SiteFiles
import Testing

/// Whole sites in German, Japanese and Arabic, built with the theme's own translation files:
/// dates through ICU, every interface string, plural forms, numbers, `dir="rtl"`, and an
/// article in another language than its site marked as such.
@Suite struct SiteLanguageTests {
    /// Two articles of March and February 2024, one tag in common.
    static let articles: [RenderedArticle] = [
        SiteFixture.article("Budget", "2024-03-01T09:00:00+01:00", tags: ["Politik"], author: "Eva Berger", words: 700),
        SiteFixture.article("Storm", "2024-02-10T18:30:00+01:00", tags: ["Politik", "Wetter"], words: 120),
    ]

    /// The site of `articles` in `language`, with the shipped translations and `site` files of its own.
    static func build(_ language: String, _ articles: [RenderedArticle] = articles, pageSize: Int = 10,
                      site: [String: String] = [:]) throws -> SiteBuildResult {
        var theme: [String: String] = [:]
        for (path, data) in SiteFixture.layouts where path.hasPrefix("i18n/") {
            theme[String(path.dropFirst("i18n/".count))] = String(decoding: data, as: UTF8.self)
        }
        let (strings, warnings) = TranslationMerge.strings(for: language, theme: theme, site: site)
        #expect(warnings.isEmpty)
        let config = SiteConfig(title: "Die Testzeitung", language: language, pageSize: pageSize)
        return try SiteBuilder.build(articles, config: config, layouts: SiteFixture.layouts, strings: strings)
    }

    @Test func aGermanSiteSpeaksGerman() throws {
        let site = try Self.build("de")
        let page = try #require(site.text("2024/budget/index.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">\n"))
        #expect(page.contains("<title>Budget – Die Testzeitung</title>"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Zum Inhalt springen</a>"))
        #expect(page.contains("<li><a href=\"../../index.html\">Neueste</a></li>\n<li><a href=\"../../tags/index.html\">Schlagwörter</a></li>"))
        #expect(page.contains("<time datetime=\"2024-03-01T09:00:00+01:00\">1. März 2024</time> · von Eva Berger · 3 Min. Lesezeit\n"))
        #expect(page.contains("<ul class=\"tags\" aria-label=\"Schlagwörter\">"))
        #expect(page.contains("data-index=\"../../search-index.js\" data-text-loading=\"Der Index wird geladen …\" "
            + "data-text-unavailable=\"Die Suche ist nicht verfügbar: Der Index wurde nicht geladen.\" "
            + "data-text-none=\"Keine Artikel zu „{query}“ gefunden.\" data-text-shown=\"Die besten {shown} werden angezeigt.\" "
            + "data-text-found-one=\"{count} Artikel gefunden.\" data-text-found-other=\"{count} Artikel gefunden.\">"))
        #expect(page.contains("<li class=\"older\"><a href=\"../../2024/storm/index.html\"><span>Älterer Artikel</span> Storm</a></li>"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<h1>Neueste Artikel</h1>"))
        #expect(index.contains("<p class=\"meta\"><time datetime=\"2024-02-10T18:30:00+01:00\">10. Februar 2024</time> · 1 Min. Lesezeit</p>"))
        let month = try #require(site.text("archive/2024/03/index.html"))
        #expect(month.contains("<h1>März 2024</h1>"))
        #expect(month.contains("<p class=\"lede\">Teil des Jahres <a href=\"../../../archive/2024/index.html\">2024</a> · <a href=\"../../../archive/index.html\">Alle Jahre</a></p>"))
        let tag = try #require(site.text("tags/politik/index.html"))
        #expect(tag.contains("<h1>Schlagwort „Politik“</h1>"))
        #expect(tag.contains("<p class=\"lede\">2 Artikel · <a href=\"../../tags/index.html\">Alle Schlagwörter</a></p>"))
        #expect(tag.contains("<meta name=\"description\" content=\"Artikel mit dem Schlagwort „Politik“ auf Die Testzeitung.\">"))
        let year = try #require(site.text("archive/2024/index.html"))
        #expect(year.contains("<nav class=\"months\" aria-label=\"Monate des Jahres 2024\">"))
        #expect(year.contains(">Februar</a> <span class=\"count\">1</span>"))
    }

    @Test func aGermanListIsPaginatedInGerman() throws {
        let site = try Self.build("de", pageSize: 1)
        let second = try #require(site.text("page/2/index.html"))
        #expect(second.contains("<title>Neueste Artikel, Seite 2 – Die Testzeitung</title>"))
        #expect(second.contains("<p class=\"pagination-status\">Seite 2 von 2</p>"))
        #expect(second.contains("rel=\"prev\">← Neuere Artikel</a>"))
    }

    @Test func aJapaneseSiteSpeaksJapanese() throws {
        let site = try Self.build("ja")
        let page = try #require(site.text("2024/budget/index.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n"))
        #expect(page.contains("<time datetime=\"2024-03-01T09:00:00+01:00\">2024年3月1日</time> · 文：Eva Berger · 3分で読めます\n"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">本文へ移動</a>"))
        #expect(page.contains("<span>古い記事</span> Storm"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<h1>最新の記事</h1>"))
        #expect(index.contains("<time datetime=\"2024-02-10T18:30:00+01:00\">2024年2月10日</time>"))
        #expect(try #require(site.text("archive/2024/02/index.html")).contains("<h1>2024年2月</h1>"))
        let tag = try #require(site.text("tags/politik/index.html"))
        #expect(tag.contains("<h1>タグ「Politik」</h1>"))
        #expect(tag.contains("<p class=\"lede\">2件の記事 · "))
    }

    @Test func anArabicSiteRunsRightToLeft() throws {
        let site = try Self.build("ar", pageSize: 1)
        let page = try #require(site.text("2024/budget/index.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n"))
        #expect(page.contains("<time datetime=\"2024-03-01T09:00:00+01:00\">1 مارس، 2024</time> · بقلم Eva Berger · 3 دقائق للقراءة\n"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">انتقل إلى المحتوى</a>"))
        #expect(page.contains("<article class=\"article\">\n<header class=\"article-header\">\n<h1>Budget</h1>"))
        #expect(page.contains("data-text-found-zero=\"لم يُعثر على أي مقالة.\" data-text-found-one=\"عُثر على مقالة واحدة.\" "
            + "data-text-found-two=\"عُثر على مقالتين.\" data-text-found-few=\"عُثر على {count} مقالات.\" "
            + "data-text-found-many=\"عُثر على {count} مقالة.\" data-text-found-other=\"عُثر على {count} مقالة.\">"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<h1>أحدث المقالات</h1>"))
        #expect(index.contains("rel=\"next\">الأقدم ←</a>"))
        #expect(index.contains("<p class=\"pagination-status\">الصفحة 1 من 2</p>"))
        let tag = try #require(site.text("tags/politik/index.html"))
        #expect(tag.contains("<p class=\"lede\">مقالتان · "))
        #expect(try #require(site.text("tags/wetter/index.html")).contains("<p class=\"lede\">مقالة واحدة · "))
        #expect(site.pages.allSatisfy { site.text($0)!.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">") })
    }

    @Test func anArticleInAnotherLanguageIsMarkedAsSuch() throws {
        var arabic = SiteFixture.article("Arabic news", "2024-03-02T08:00:00Z")
        arabic.article.language = "ar"
        var german = SiteFixture.article("German news", "2024-03-03T08:00:00Z")
        german.article.language = "de"
        var english = SiteFixture.article("English news", "2024-03-04T08:00:00Z")
        english.article.language = "en-GB"
        let site = try Self.build("en-GB", [arabic, german, english])
        // Its title, summary and body are marked; the site's words around them (the date line) are not.
        let arabicPage = try #require(site.text("2024/arabic-news/index.html"))
        #expect(arabicPage.contains("<article class=\"article\">\n<header class=\"article-header\">\n<h1 lang=\"ar\" dir=\"rtl\">Arabic news</h1>\n<p class=\"meta\">"))
        #expect(arabicPage.contains("<div class=\"article-body\" lang=\"ar\" dir=\"rtl\">"))
        #expect(try #require(site.text("2024/german-news/index.html")).contains("<h1 lang=\"de\">German news</h1>"))
        let englishPage = try #require(site.text("2024/english-news/index.html"))
        #expect(englishPage.contains("<h1>English news</h1>") && englishPage.contains("<div class=\"article-body\">"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<h3 class=\"story-title\" lang=\"ar\" dir=\"rtl\"><a href=\"2024/arabic-news/index.html\">Arabic news</a></h3>"))
        #expect(index.contains("<p class=\"summary\" lang=\"ar\" dir=\"rtl\">"))
        #expect(index.contains("<h3 class=\"story-title\" lang=\"de\"><a href=\"2024/german-news/index.html\">German news</a></h3>"))
        // On an Arabic site, the English article runs left to right inside the right-to-left page.
        var inEnglish = SiteFixture.article("Wire report", "2024-03-05T08:00:00Z")
        inEnglish.article.language = "en"
        let arabicSite = try Self.build("ar", [inEnglish])
        #expect(try #require(arabicSite.text("2024/wire-report/index.html")).contains("<h1 lang=\"en\" dir=\"ltr\">Wire report</h1>"))
    }

    @Test func aSiteOverridesOneString() throws {
        let site = try Self.build("de", site: ["de.yml": "older: \"Früher\"\n"])
        let page = try #require(site.text("2024/budget/index.html"))
        #expect(page.contains("<span>Früher</span> Storm"))
        #expect(page.contains("· 3 Min. Lesezeit"))
    }
}
