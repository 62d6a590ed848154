import ArticleModel
import Foundation
import FuzzTargets
import Testing

/// Every seed in `fuzz/corpus/<target>/` goes through its fuzz target on every test run, so
/// a change that breaks a property on a seed fails `make test`, not only `make fuzz`. A
/// target traps on a failed property, so a failure here shows as a crash naming the property
/// and the input.
@Suite struct FuzzCorpusTests {
    static let corpus = TestSupport.root.appendingPathComponent("fuzz/corpus")

    /// The seed files of `target`, in name order.
    static func seeds(_ target: String) throws -> [URL] {
        let folder = corpus.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.hasDirectoryPath }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everyTargetHasACorpusOfFiveToFifteenSeeds() throws {
        for target in FuzzTargets.names {
            let count = try Self.seeds(target).count
            #expect((5...15).contains(count), "fuzz/corpus/\(target) holds \(count) seeds")
        }
    }

    @Test func everyCorpusFolderIsATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(folders == FuzzTargets.names.sorted())
    }

    @Test(arguments: FuzzTargets.names)
    func everySeedHoldsItsTarget(_ target: String) throws {
        for seed in try Self.seeds(target) {
            #expect(FuzzTargets.run(target, try Data(contentsOf: seed)), "\(seed.lastPathComponent)")
        }
    }

    @Test func feedSeedsCoverEveryFormat() throws {
        let formats = try Self.seeds("feed").map { FuzzTargets.feedFormat(of: try Data(contentsOf: $0)) }
        for format in [FeedFormat.rss, .rdf, .atom, .jsonFeed, .wordpress, .flattenedText] {
            #expect(formats.contains(format), "no seed in fuzz/corpus/feed is read as \(format.rawValue)")
        }
    }

    @Test func anEmptyInputHoldsEveryTarget() {
        for target in FuzzTargets.names { #expect(FuzzTargets.run(target, Data())) }
    }

    @Test func anUnknownTargetIsRefused() {
        #expect(!FuzzTargets.run("nonesuch", Data()))
    }
}

/// The checks the `html` target relies on find what they look for: a fuzzer whose property
/// cannot fail would report nothing and prove nothing.
@Suite struct FuzzCheckTests {
    @Test(arguments: [
        #"<p><a href="javascript:alert(1)">x</a></p>"#,
        #"<p><a href="java&#x09;script&colon;alert(1)">x</a></p>"#,
        #"<p><a href='&#x6a;avascript&#x3a;y'>x</a></p>"#,
        #"<p><a href=vbscript:x>x</a></p>"#,
        #"<p><img src="x" onerror="alert(1)" /></p>"#,
        #"<p><img src=x onerror=alert(1)></p>"#,
        #"<p><img/src="x"/onerror=alert(1)></p>"#,
        #"<iframe src="https://x.example/"></iframe>"#,
        #"<a href="data:text/html,x">x</a>"#,
    ])
    func activeContentIsFound(_ html: String) {
        #expect(!ActiveContent.find(in: html).isEmpty)
    }

    @Test(arguments: [
        #"<p><a href="https://a.example/?q=javascript:x" title="javascript:x">x</a></p>"#,
        #"<p><img src="/i.png" alt="onerror=x"> on=x, javascript:x in text</p>"#,
        #"<!-- <script> --><p>after</p>"#,
    ])
    func inactiveContentIsNotFound(_ html: String) {
        #expect(ActiveContent.find(in: html).isEmpty)
    }

    @Test func aScriptLinkInMarkdownIsNotAFixedPoint() {
        #expect(!FixedPoint.problems(markdown: Markdown(#"[x](javascript\&#x03a;alert(1))"#)).isEmpty)
        #expect(!FixedPoint.problems(markdown: Markdown(#"<img src=x onerror=alert(1)>"#)).isEmpty)
    }

    @Test func cleanMarkdownIsAFixedPoint() {
        #expect(FixedPoint.problems(markdown: Markdown("Some *text* and [a link](https://a.example/ \"t\").\n")).isEmpty)
    }
}
