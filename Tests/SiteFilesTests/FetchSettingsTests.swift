import ArticleModel
import Foundation
import SiteFiles
import Testing

@Suite struct FetchSettingsTests {
    @Test func readsTheFetchSection() throws {
        let yaml = """
        fetch:
          max_file_size: 5MB
          max_total_size: 1GB
          timeout: 2.5
          transfer_timeout: 30
          concurrency: 2
        """
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.fetch == FetchOptions(maxFileSize: ByteSize(5 << 20), maxTotalSize: ByteSize(1 << 30),
                                             timeout: 2.5, transferTimeout: 30, concurrency: 2))
    }

    @Test func withoutTheSectionTheDefaultsHold() throws {
        let (config, _) = try SiteConfigFormat.parse("title: T\n", file: "site.yml")
        #expect(config.fetch == FetchOptions(maxFileSize: ByteSize(20 << 20), maxTotalSize: ByteSize(500 << 20),
                                             timeout: 20, transferTimeout: 60, concurrency: 4))
    }

    @Test func anUnusableValueIsAWarningNamingItsKeyAndTheDefaultStands() throws {
        let yaml = """
        title: T
        fetch:
          max_file_size: huge
          timeout: 0
          concurrency: 40
          retries: 3
          transfer_timeout: [1, 2]
        """
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(config.fetch == FetchOptions())
        #expect(warnings.map(\.description) == [
            "site.yml:6: warning: unknown setting `fetch.retries` ignored (known settings: concurrency, max_file_size, max_total_size, timeout, transfer_timeout)",
            "site.yml:3: warning: `fetch.max_file_size` must be a size such as 20MB, not \"huge\"; used the default (see the comments in the sample Site/site.yml)",
            "site.yml:4: warning: `fetch.timeout` must be seconds between 0.1 and 3600, not \"0\"; used the default (see the comments in the sample Site/site.yml)",
            "site.yml:7: warning: `fetch.transfer_timeout` must be seconds between 0.1 and 86400, not a list or mapping; used the default (see the comments in the sample Site/site.yml)",
            "site.yml:5: warning: `fetch.concurrency` must be a whole number from 1 to 16, not \"40\"; used the default (see the comments in the sample Site/site.yml)",
        ])
    }

    @Test func theFetchStateKeepsOnlyPlainFileNames() throws {
        let json = Data("""
        {"feeds": {
          "https://news.example/feed.xml": {"file": "news-example-feed-xml-1a2b3c4d.xml", "sha256": "ab", "etag": "\\"v1\\""},
          "https://evil.example/a": {"file": "../../etc/passwd", "sha256": "cd"},
          "https://evil.example/b": {"file": ".hidden", "sha256": "ef"}
        }}
        """.utf8)
        var log: [Diagnostic] = []
        let state = try FetchState.parse(json, file: ".broadsheet/fetch.json", log: &log)
        #expect(state.feeds == ["https://news.example/feed.xml": FetchState.Feed(file: "news-example-feed-xml-1a2b3c4d.xml", sha256: "ab", etag: "\"v1\"")])
        #expect(log.count == 2)
        #expect(log.allSatisfy { $0.severity == .warning && $0.message.contains("names an unusable file") })
        #expect(try FetchState.parse(state.json, file: "x", log: &log) == state)
        #expect(throws: SiteFileError.self) { try FetchState.parse(Data("not json".utf8), file: "x", log: &log) }
    }
}
