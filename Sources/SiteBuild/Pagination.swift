import ArticleModel

/// One page of a paginated list: which items it shows and how it links to its siblings.
struct Pagination: Sendable {
    /// The page's number, from 1.
    let number: Int
    /// How many pages the list has, at least 1.
    let total: Int
    /// The positions of the items on this page.
    let range: Range<Int>

    /// The pages of a list of `count` items, `size` a page; an empty list still has one page.
    static func pages(count: Int, size: Int) -> [Pagination] {
        let total = max(1, (count + size - 1) / size)
        return (1...total).map { number in
            let start = (number - 1) * size
            return Pagination(number: number, total: total, range: start..<min(count, start + size))
        }
    }

    /// The view model of the page's navigation; links are relative to the page at `path`
    /// and point to pages in `folder`. Page numbers show the first, the last and two either
    /// side of the current one, with gaps between, so the list stays short for any size.
    /// Numbers are shown as `strings` writes them, and `status` says `Page 2 of 5` in its words.
    func view(folder: String, root: String, strings: UIStrings = .english) -> [String: Any] {
        let url = { (number: Int) in root + SitePaths.listPage(in: folder, number: number) }
        let formats = strings.formats
        return [
            "isPaginated": total > 1,
            "current": number,
            "total": total,
            "status": strings.text("page_of", ["current": formats.number(number), "total": formats.number(total)]),
            "previousURL": number > 1 ? url(number - 1) : Absent.value,
            "nextURL": number < total ? url(number + 1) : Absent.value,
            "pages": shownNumbers().map { shown -> [String: Any] in
                guard let shown else { return ["isGap": true, "isCurrent": false, "number": "", "url": ""] }
                return ["isGap": false, "isCurrent": shown == number, "number": formats.number(shown), "url": url(shown)]
            },
        ]
    }

    /// Page numbers to show, nil for a gap.
    private func shownNumbers() -> [Int?] {
        let wanted = Set([1, total] + Array(max(1, number - 2)...min(total, number + 2)))
        var out: [Int?] = []
        for shown in wanted.sorted() {
            if let last = out.last, let previous = last, shown > previous + 1 { out.append(nil) }
            out.append(shown)
        }
        return out
    }
}
