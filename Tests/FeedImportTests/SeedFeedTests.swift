import ArticleModel
import FeedImport
import Foundation
import Testing

/// The seed feed, as flattened text and as its RSS twin: both give the same ten articles.
@Suite(.enabled(if: Fixtures.hasSeed, Fixtures.seedMissing)) struct SeedFeedTests {
    /// Title, link (= guid) and date of each article, in file order.
    static let expected: [(String, String, String)] = [
        ("22-Year-Old Killed In North Korea For Watching K-Pop: Report",
         "https://artifexnews.net/22-year-old-killed-in-north-korea-for-watching-k-pop-report-5990224/",
         "2024-06-28T12:22:37+00:00"),
        ("North Korea Tests Multiple-Warhead Missile Amid Growing Tensions With South Korea",
         "https://artifexnews.net/north-korea-tests-multiple-warhead-missile-amid-growing-tensions-with-south-korea-5980440/",
         "2024-06-27T07:31:07+00:00"),
        ("North Korea Fires Ballistic Missile Into Sea, Says South Korea",
         "https://artifexnews.net/north-korea-fires-ballistic-missile-into-sea-says-south-korea-5970376/",
         "2024-06-25T22:15:29+00:00"),
        ("Anthony Blinken Condemns Russia-North Korea Military Cooperation",
         "https://artifexnews.net/anthony-blinken-condemns-russia-north-korea-military-cooperation-5942264/",
         "2024-06-21T21:36:05+00:00"),
        ("U.N. chief says Russia must uphold North Korea sanctions",
         "https://artifexnews.net/article68318361-ece/",
         "2024-06-21T21:03:00+00:00"),
        ("US “Incredibly” Concerned By Putin Threat To Send North Korea Weapons",
         "https://artifexnews.net/us-incredibly-concerned-by-putin-threat-to-send-north-korea-weapons-5934665/",
         "2024-06-20T20:32:01+00:00"),
        ("Inside North Korea And Russia’s Landmark Defence Deal: Key Points",
         "https://artifexnews.net/key-points-of-north-koreas-landmark-strategic-partnership-treaty-with-russia-5930166/",
         "2024-06-20T08:59:36+00:00"),
        ("Russia President Vladimir Putin Arrives In Vietnam After Meeting With Kim Jong Un In North Korea,",
         "https://artifexnews.net/russia-president-vladimir-putin-arrives-in-vietnam-after-meeting-with-kim-jong-un-in-north-korea-5926806/",
         "2024-06-19T19:32:39+00:00"),
        ("NATO worried Russia may support North Korea’s missile and nuclear programs",
         "https://artifexnews.net/article68303841-ece/",
         "2024-06-18T21:55:00+00:00"),
        ("Vladimir Putin Hails North Korea’s Support Or Ukraine War As Lands in Pyongyang",
         "https://artifexnews.net/vladimir-putin-hails-north-koreas-support-or-ukraine-war-as-lands-in-pyongyang-5919712/",
         "2024-06-18T21:22:37+00:00"),
    ]

    @Test func flattenedTextGivesTheTenArticles() throws {
        let data = try Fixtures.seed("000_d2f22ae44201deca.txt")
        #expect(FeedImporter.detect(data) == .flattenedText)
        let result = FeedImporter.read(data, file: "seed.txt")
        #expect(result.diagnostics == [])
        let entries = try #require(result.feed?.entries)
        #expect(entries.count == 10)
        for (entry, (title, link, date)) in zip(entries, Self.expected) {
            #expect(entry.title == title)
            #expect(entry.link == link)
            #expect(entry.guid == link)
            #expect(entry.published?.iso8601 == date)
        }
        #expect(entries.map(\.location).first == "item 1 \"22-Year-Old Killed In North Korea For Watching K-Pop: Report\"")
    }

    @Test func flattenedTextKeepsTheChannel() throws {
        let feed = try #require(FeedImporter.read(try Fixtures.seed("000_d2f22ae44201deca.txt"), file: "seed.txt").feed)
        #expect(feed.format == .flattenedText)
        #expect(feed.title == "North Korea – Artifex.News")
        #expect(feed.link == "https://artifexnews.net")
        #expect(feed.description == "Stay Connected. Stay Informed.")
        #expect(feed.updated?.iso8601 == "2024-06-28T12:22:37+00:00")
        #expect(feed.language == "en-US")
    }

    @Test func flattenedTextBodiesAreParagraphs() throws {
        let entries = try #require(FeedImporter.read(try Fixtures.seed("000_d2f22ae44201deca.txt"), file: "seed.txt").feed?.entries)
        let first = entries[0].body.html
        #expect(first.hasPrefix("<p>Despite these harsh measures, South Korea culture continues to influence North Korea.</p>\n<p>South Korea has said that in 2022,"))
        #expect(first.hasSuffix("<p>Waiting for response to load…</p>\n<p>Source link</p>"))
        #expect(first.components(separatedBy: "<p>").count - 1 == 12)
        #expect(!first.contains("Read More"))
        #expect(!first.contains("]]>"))
        #expect(entries.allSatisfy { !$0.body.html.contains("Read More") && !$0.body.html.contains("]]>") })
        #expect(entries[9].body.html.hasSuffix("<p>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</p>\n<p>Waiting for response to load…</p>\n<p>Source link</p>"))
        #expect(entries[0].summary == nil)
    }

    @Test func rssTwinGivesTheSameArticles() throws {
        let data = try Fixtures.seed("artifex-north-korea.rss.xml")
        #expect(FeedImporter.detect(data) == .rss)
        let result = FeedImporter.read(data, file: "seed.rss.xml")
        #expect(result.diagnostics == [])
        let entries = try #require(result.feed?.entries)
        #expect(entries.count == 10)
        for (entry, (title, link, date)) in zip(entries, Self.expected) {
            #expect(entry.title == title)
            #expect(entry.link == link)
            #expect(entry.guid == link)
            #expect(entry.published?.iso8601 == date)
            #expect(entry.author == "Artifex")
        }
        #expect(entries[0].tags == ["North Korea"])
        #expect(entries[0].body.html.hasPrefix("<p class=\"standfirst\"><strong>Despite these harsh measures"))
        #expect(entries[0].summary?.html.hasPrefix("<a href=") == true)
        #expect(result.feed?.title == "North Korea – Artifex.News")
        #expect(result.feed?.language == "en-US")
    }

    @Test func flattenedParagraphsAppearInTheRSSTwin() throws {
        let flat = try #require(FeedImporter.read(try Fixtures.seed("000_d2f22ae44201deca.txt"), file: "t").feed?.entries)
        let rss = try #require(FeedImporter.read(try Fixtures.seed("artifex-north-korea.rss.xml"), file: "r").feed?.entries)
        #expect(flat.count == rss.count)
        for (text, xml) in zip(flat, rss) {
            let rssText = Self.words(Self.withoutTags(xml.body.html))
            let paragraphs = text.body.html.components(separatedBy: "\n<p>").map(Self.withoutTags)
            let missing = paragraphs.map { Self.words($0.replacingOccurrences(of: "– ", with: "")) }
                .filter { !$0.isEmpty && !rssText.contains($0) }
            #expect(missing == [], "\(text.location)")
        }
    }

    /// `html` with its tags removed and `&amp;`, `&lt;`, `&gt;` decoded (enough for these bodies).
    private static func withoutTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").replacingOccurrences(of: " –", with: "")
    }
}
