import ArticleModel
import HTMLToMarkdown
import Testing

/// The pipeline converts articles on both cores: one shared converter (compiled regexes
/// included) must give the same results from many tasks at once.
@Suite struct ConcurrencyTests {
    @Test func parallelConversionsMatchSerialOnes() async {
        let inputs = SpecFile.converterExamples.map { HTMLFragment($0.html) }
        let serial = inputs.map { HTMLToMarkdown.convert($0).markdown }
        let converter = MarkdownConverter(rules: .standard)
        let parallel = await withTaskGroup(of: (Int, [Markdown]).self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var results: [Markdown] = []
                    for _ in 0..<5 { results = inputs.map { converter.convert($0).markdown } }
                    return (worker, results)
                }
            }
            var all: [[Markdown]] = []
            for await (_, results) in group { all.append(results) }
            return all
        }
        #expect(parallel.count == 8)
        for results in parallel { #expect(results == serial) }
    }
}
