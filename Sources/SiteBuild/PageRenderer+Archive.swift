import ArticleModel

extension PageRenderer {
    /// A year or a month as the archive shows it: its label and the folder of its pages.
    typealias Period = (label: String, folder: String)

    /// One paginated list per year: `archive/YYYY/index.html`, with the year's months and
    /// links to the neighbouring years.
    func yearLists() -> [ListSpec] {
        let years = archive.years
        let periods = years.map { Period(label($0), SitePaths.yearFolder($0.year)) }
        return years.indices.map { index in
            ListSpec(template: "year", folder: periods[index].folder, title: periods[index].label,
                     positions: years[index].positions, head: PageHead(parents: [archiveParent])) { root in
                var view = period(index, of: periods, root: root)
                view["monthsLabel"] = strings.text("months_of", ["year": periods[index].label])
                return ["period": view, "months": years[index].months.reversed().map { monthLink($0, root: root) }]
            }
        }
    }

    /// One paginated list per month: `archive/YYYY/MM/index.html`, with links to its year
    /// and to the neighbouring months (across years).
    func monthLists() -> [ListSpec] {
        let months = archive.months
        let periods = months.map { Period(label($0), SitePaths.monthFolder($0.year, $0.month)) }
        return months.indices.map { index in
            let year = months[index].year
            let parents = [archiveParent, (formats.year(year), SitePaths.yearFolder(year) + "index.html")]
            return ListSpec(template: "month", folder: periods[index].folder, title: periods[index].label,
                            positions: months[index].positions, head: PageHead(parents: parents)) { root in
                var view = period(index, of: periods, root: root)
                view["yearLabel"] = parents[1].0
                view["yearURL"] = root + parents[1].1
                view["isMonth"] = true
                return ["period": view]
            }
        }
    }

    /// The paginated list of undated articles, by title: `undated/index.html`; none when
    /// every article has a date.
    func undatedLists() -> [ListSpec] {
        guard !archive.undated.isEmpty else { return [] }
        let count = archive.undated.count
        let countText = strings.text("undated_count", count: count)
        return [ListSpec(template: "undated", folder: SitePaths.undatedFolder, title: strings.text("undated"),
                         positions: archive.undated, head: PageHead(parents: [archiveParent])) { _ in
            ["undated": ["count": count, "isSingle": count == 1, "countText": countText]]
        }]
    }

    /// `archive/index.html`: years newest first, each with its months (oldest first) and
    /// counts, then the undated articles' list when there are any.
    func archiveIndexPage() throws -> OutputFile {
        let root = SitePaths.root(from: SitePaths.archiveIndex)
        let years = archive.years.map { year -> [String: Any] in
            ["label": label(year), "count": year.positions.count, "countText": formats.number(year.positions.count),
             "url": root + SitePaths.yearFolder(year.year) + "index.html",
             "months": year.months.reversed().map { monthLink($0, root: root) }]
        }
        let undated: Any = archive.undated.isEmpty ? Absent.value
            : ["count": archive.undated.count, "countText": formats.number(archive.undated.count),
               "url": root + SitePaths.undatedFolder + "index.html"]
        return try page("archive", at: SitePaths.archiveIndex, title: strings.text("archive_title"),
                        ["years": years, "hasYears": !years.isEmpty, "undated": undated,
                         "articleCount": archive.articles.count])
    }

    private func monthLink(_ month: SiteArchive.MonthGroup, root: String) -> [String: Any] {
        ["label": label(month), "name": formats.monthName(month.month), "count": month.positions.count,
         "countText": formats.number(month.positions.count),
         "url": root + SitePaths.monthFolder(month.year, month.month) + "index.html"]
    }

    /// `{label, newer, older, hasNeighbours}` for the period at `index` of `periods` (newest
    /// first); a neighbour is `{label, url}`, absent at either end.
    private func period(_ index: Int, of periods: [Period], root: String) -> [String: Any] {
        let link = { (other: Int) -> Any in
            guard periods.indices.contains(other) else { return Absent.value }
            return ["label": periods[other].label, "url": root + periods[other].folder + "index.html"]
        }
        return ["label": periods[index].label, "newer": link(index - 1), "older": link(index + 1),
                "hasNeighbours": periods.count > 1, "isMonth": false]
    }

    /// `2024` (`۲۰۲۴` in Persian).
    func label(_ year: SiteArchive.YearGroup) -> String { formats.year(year.year) }

    /// `June 2024`, `Juni 2024`, `2024年6月`.
    func label(_ month: SiteArchive.MonthGroup) -> String { formats.month(year: month.year, month: month.month) }

    /// The archive, above every year, month and undated list in the breadcrumbs.
    var archiveParent: PageHead.Parent { (strings.text("archive_title"), SitePaths.archiveIndex) }
}
