/// Word F1 of an extracted text against the expected one: the harmonic mean of the share of
/// extracted words that are expected (precision) and of expected words that were extracted
/// (recall), words counted with their repeats, compared in lowercase without punctuation.
enum WordF1 {
    /// The words of `text`: runs of letters and digits, lowercased (Markdown syntax falls away).
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// F1 of `extracted` against `expected`, from 0 to 1.
    static func score(_ extracted: String, expected: String) -> Double {
        var wanted: [String: Int] = [:]
        for word in words(expected) { wanted[word, default: 0] += 1 }
        let found = words(extracted)
        let expectedCount = wanted.values.reduce(0, +)
        guard !found.isEmpty, expectedCount > 0 else { return found.isEmpty && expectedCount == 0 ? 1 : 0 }
        var common = 0
        for word in found where wanted[word, default: 0] > 0 {
            wanted[word]! -= 1
            common += 1
        }
        let precision = Double(common) / Double(found.count)
        let recall = Double(common) / Double(expectedCount)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
