import ArticleModel

/// Counts the items of a WordPress export that are not articles, by kind, for one note per
/// file: `skipped 3 drafts, 12 attachments, 2 menu items`.
struct WXRSkipTally {
    private var counts: [String: Int] = [:]

    /// Kinds in the order the note lists them, each with its singular and plural name.
    static let kinds: [(key: String, one: String, many: String)] = [
        ("draft", "draft", "drafts"),
        ("auto-draft", "auto-draft", "auto-drafts"),
        ("pending", "post pending review", "posts pending review"),
        ("future", "scheduled post", "scheduled posts"),
        ("private", "private post", "private posts"),
        ("trash", "trashed post", "trashed posts"),
        ("revision", "revision", "revisions"),
        ("attachment", "attachment", "attachments"),
        ("nav_menu_item", "menu item", "menu items"),
    ]

    /// Creates an empty tally.
    init() {}

    /// Counts one item of `kind` (a key of ``kinds``, `status:NAME` or `type:NAME`).
    mutating func count(_ kind: String) {
        counts[kind, default: 0] += 1
    }

    /// How many items of `kind` were counted.
    func count(of kind: String) -> Int { counts[kind] ?? 0 }

    /// The note listing what was skipped, or nil when nothing was.
    var note: Diagnostic? {
        guard !counts.isEmpty else { return nil }
        var parts: [String] = []
        for kind in Self.kinds {
            if let n = counts[kind.key] { parts.append("\(n) \(n == 1 ? kind.one : kind.many)") }
        }
        let known = Set(Self.kinds.map(\.key))
        for key in counts.keys.sorted() where !known.contains(key) {
            parts.append(Self.other(key, counts[key] ?? 0))
        }
        return Diagnostic(.note, "skipped " + parts.joined(separator: ", ")
                              + ": only published posts and pages are articles",
                          hint: "publish a post in WordPress and export again to import it")
    }

    /// `2 items of type "wp_block"`, `1 post with status "inherit"`.
    private static func other(_ key: String, _ n: Int) -> String {
        let isType = key.hasPrefix("type:")
        let name = String(key.drop { $0 != ":" }.dropFirst())
        if isType { return "\(n) \(n == 1 ? "item" : "items") of type \"\(name)\"" }
        return "\(n) \(n == 1 ? "post" : "posts") with status \"\(name)\""
    }
}
