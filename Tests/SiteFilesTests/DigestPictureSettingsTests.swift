import ArticleModel
import SiteFiles
import Testing

/// `book.digest_image_width` and `book.digest_image_budget`: how big the digest's pictures
/// may be, one by one and all together.
@Suite struct DigestPictureSettingsTests {
    @Test func defaultsAre800PixelsAnd25MB() throws {
        let (config, _) = try SiteConfigFormat.parse("book:\n  title: x\n", file: "site.yml")
        #expect(config.book.digestImageWidth == 800)
        #expect(config.book.digestImageBudget == ByteSize(25 << 20))
    }

    @Test(arguments: [
        ("digest_image_width: 640\n  digest_image_budget: 8MB", 640, 8 << 20),
        ("digest_image_budget: 750 KB", 800, 750 << 10),
        ("digest_image_budget: 0", 800, 0),
        ("digest_image_budget: 1.5GB", 800, 3 << 29),
        ("digest_image_width: 16\n  digest_image_budget: 4096", 16, 4096),
    ])
    func readsWidthAndBudget(lines: String, width: Int, budget: Int) throws {
        let (config, warnings) = try SiteConfigFormat.parse("book:\n  " + lines + "\n", file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.book.digestImageWidth == width)
        #expect(config.book.digestImageBudget.bytes == budget)
    }

    @Test(arguments: [
        ("book:\n  digest_image_width: 8", "site.yml:2: error: `book.digest_image_width` must be between 16 and 10000 pixels, not 8"),
        ("book:\n  digest_image_width: wide", "site.yml:2: error: `digest_image_width` must be a whole number, not \"wide\""),
        ("title: x\nbook:\n  digest_image_budget: lots", "site.yml:3: error: `book.digest_image_budget` must be a size such as 25MB, 800KB or 0, not \"lots\""),
        ("book:\n  digest_image_budget: -5MB", "site.yml:2: error: `book.digest_image_budget` must be a size such as 25MB, 800KB or 0, not \"-5MB\""),
    ])
    func rejectsWhatIsNoWidthOrSize(yaml: String, expected: String) {
        #expect(throws: SiteFileError.self) { try SiteConfigFormat.parse(yaml, file: "site.yml") }
        do { _ = try SiteConfigFormat.parse(yaml, file: "site.yml") } catch { #expect(error.description == expected) }
    }
}
