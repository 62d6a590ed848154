import ArticleModel
import Foundation

/// Invented articles for measuring the search index: a Zipf-distributed (s = 1) vocabulary
/// of 40,000 made-up words, titles of 6 to 10 words, bodies of 3 to 7 paragraphs of 100 to
/// 139 words, a day apart. The same count gives the same articles.
enum SearchCorpus {
    /// `count` articles, newest last.
    static func articles(count: Int) -> [RenderedArticle] {
        var random = SeededRandom(seed: 42)
        var cumulative: [Double] = []
        var total = 0.0
        for rank in 1...vocabularySize {
            total += 1.0 / Double(rank)
            cumulative.append(total)
        }
        func draw() -> String {
            let target = random.unit() * total
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            return word(low)
        }
        return (0..<count).map { number in
            let title = (0..<(6 + number % 5)).map { _ in draw() }.joined(separator: " ").capitalized
            let paragraphs = (0..<(3 + number % 5)).map { _ in "<p>" + (0..<(100 + random.below(40))).map { _ in draw() }.joined(separator: " ") + ".</p>" }
            let date = CivilDate(epochSeconds: 1_500_000_000 + number * 86_400)
            var item = SiteFixture.article(title + " \(number)", String(format: "%04d-%02d-%02dT12:00:00Z", date.year, date.month, date.day))
            item.html = HTMLFragment(paragraphs.joined(separator: "\n"))
            return item
        }
    }

    static let vocabularySize = 40_000

    /// The `rank`th word of the made-up vocabulary: two to four syllables, distinct for each rank.
    static func word(_ rank: Int) -> String {
        let syllables = ["ka", "to", "mi", "ren", "sa", "lu", "ber", "no", "vi", "dor", "es", "pa", "gu", "lin", "ta", "mor",
                         "ri", "sel", "an", "ko", "wen", "da", "fi", "ul", "hes", "tra", "ne", "bo", "zi", "ga", "pel", "or"]
        var value = rank + syllables.count
        var out = ""
        while value > 0 {
            out += syllables[value % syllables.count]
            value /= syllables.count
        }
        return out
    }
}
