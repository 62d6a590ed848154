import AutoTags

/// A large made-up collection, the same every time: articles of about 150 words drawn from
/// a small vocabulary of names and words by a fixed pseudo-random sequence.
enum SyntheticCollection {
    static let names = ["North Korea", "Vladimir Putin", "Helen Okafor", "Kestrel Rovers", "Marlow Bridge", "Seoul",
                        "Northwind Ferries", "Anna Kessler", "United Nations", "Tomas Reyes", "Lindau", "Pyongyang"]
    static let words = ["harbour", "council", "budget", "missile", "strike", "bridge", "ferry", "festival", "oyster",
                        "tide", "engineers", "repairs", "crossing", "sanctions", "treaty", "stadium", "supporters",
                        "timetable", "winter", "island", "fuel", "parade", "election", "weather", "storm"]
    static let glue = ["the", "a", "of", "and", "in", "to", "was", "with", "for", "on", "said", "that"]

    /// `count` documents.
    static func documents(_ count: Int) -> [TagDocument] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            var sentences: [String] = []
            for _ in 0..<12 {
                var sentence = ["The", words[next(words.count)]]
                for _ in 0..<10 {
                    let roll = next(10)
                    sentence.append(roll < 2 ? names[next(names.count)] : roll < 6 ? glue[next(glue.count)] : words[next(words.count)])
                }
                sentences.append(sentence.joined(separator: " ") + ".")
            }
            return TagDocument(title: "Report \(index) on \(names[next(names.count)])", text: sentences.joined(separator: " "))
        }
    }
}
