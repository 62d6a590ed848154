import ArticleModel
import Testing

@Suite struct ByteSizeTests {
    @Test(arguments: [
        ("20MB", 20 << 20), ("500 MB", 500 << 20), ("1.5GB", 3 << 29), ("800kb", 800 << 10), ("4096", 4096),
        ("12 B", 12), ("2M", 2 << 20), (" 100KB ", 100 << 10), ("0", 0),
    ])
    func readsSizesAsSettingsWriteThem(text: String, bytes: Int) {
        #expect(ByteSize(text: text)?.bytes == bytes)
    }

    @Test(arguments: ["", "MB", "-5MB", "20 TB", "twenty", "1e3", "5 MiB", "2000GB", "1.2.3MB"])
    func refusesWhatIsNoSize(text: String) {
        #expect(ByteSize(text: text) == nil)
    }

    @Test(arguments: [
        (0, "0 B"), (1023, "1023 B"), (1024, "1 KB"), (850_000, "830 KB"), (20 << 20, "20 MB"),
        (4_404_019, "4.2 MB"), (13_002_342, "12.4 MB"), (150 << 20, "150 MB"), (500 << 20, "500 MB"), (3 << 29, "1.5 GB"),
    ])
    func showsSizesShortly(bytes: Int, text: String) {
        #expect(ByteSize(bytes).description == text)
    }
}
