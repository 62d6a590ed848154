import ArticleModel
import SiteFiles
import Testing

@Suite struct SiteConfigFormatTests {
    @Test func readsEveryField() throws {
        let yaml = """
        title: The Gazette
        description: News from the harbour
        language: en-GB
        base_url: https://example.com/news/
        author: Desk
        page_size: 5
        sources:
          - feeds/a.xml
          - feeds/b.xml
        book:
          title: Autumn
          limit: 20
          enabled: false
        cleaning:
          drop_text: ["^Advertisement$"]
          drop_classes: [promo]
        """
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config == SiteConfig(title: "The Gazette", description: "News from the harbour", language: "en-GB",
                                     baseURL: "https://example.com/news/", author: "Desk", pageSize: 5,
                                     sources: ["feeds/a.xml", "feeds/b.xml"],
                                     book: BookOptions(enabled: false, title: "Autumn", limit: 20),
                                     cleaning: CleaningRules(dropText: ["^Advertisement$"], dropClasses: ["promo"])))
    }

    @Test func cleaningDisableSwitchesBuiltInRulesOffByName() throws {
        let yaml = """
        cleaning:
          disable: [share-widgets, read-more]
        """
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.cleaning == CleaningRules(disabled: ["share-widgets", "read-more"]))
    }

    @Test func cleaningDisableMustBeAList() {
        #expect(throws: SiteFileError.self) { try SiteConfigFormat.parse("cleaning:\n  disable:\n    name: x\n", file: "site.yml") }
    }

    @Test func emptyFileGivesDefaults() throws {
        let (config, warnings) = try SiteConfigFormat.parse("", file: "site.yml")
        #expect(config == SiteConfig())
        #expect(warnings.isEmpty)
    }

    @Test func warnsAboutUnknownKeysWithLine() throws {
        let (_, warnings) = try SiteConfigFormat.parse("title: x\npagesize: 3\nbook:\n  titel: y\n", file: "site.yml")
        #expect(warnings.map { "\($0.line ?? 0) \($0.message)" } == ["2 unknown setting `pagesize` ignored", "4 unknown setting `book.titel` ignored"])
    }

    @Test(arguments: [
        ("page_size: ten", "site.yml:1: error: `page_size` must be a whole number, not \"ten\""),
        ("page_size: 0", "site.yml:1: error: `page_size` must be between 1 and 10000"),
        ("page_size: 9223372036854775807", "site.yml:1: error: `page_size` must be between 1 and 10000"),
        ("title: x\nbase_url: javascript:alert(1)//", "site.yml:2: error: `base_url` must be an https:// or http:// address with a host and no spaces or quotes (write the address the site will be published at, such as https://example.com/news/, or leave it out)"),
        ("base_url: https://", "site.yml:1: error: `base_url` must be an https:// or http:// address with a host and no spaces or quotes (write the address the site will be published at, such as https://example.com/news/, or leave it out)"),
        ("title: x\nbook: 3", "site.yml:2: error: `book` must hold `key: value` lines"),
        ("book:\n  limit: -1", "site.yml:2: error: `book.limit` must be 0 (all articles) or more"),
        ("- a\n- b", "site.yml:1: error: expected `key: value` lines at the top level"),
    ])
    func rejectsWrongTypes(yaml: String, expected: String) {
        #expect(throws: SiteFileError.self) { try SiteConfigFormat.parse(yaml, file: "site.yml") }
        do { _ = try SiteConfigFormat.parse(yaml, file: "site.yml") } catch { #expect(error.description == expected) }
    }
}
