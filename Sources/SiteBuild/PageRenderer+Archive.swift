import ArticleModel

extension PageRenderer {
    /// One paginated list per year: `archive/YYYY/index.html`.
    func yearLists() -> [ListSpec] {
        let years = archive.years
        return years.indices.map { index in
            let year = years[index]
            let folder = SitePaths.yearFolder(year.year)
            return ListSpec(template: "year", folder: folder, title: Self.label(year), positions: year.positions) { root in
                [
                    "period": period(Self.label(year),
                                     newer: index > 0 ? (Self.label(years[index - 1]), SitePaths.yearFolder(years[index - 1].year)) : nil,
                                     older: index + 1 < years.count ? (Self.label(years[index + 1]), SitePaths.yearFolder(years[index + 1].year)) : nil,
                                     root: root),
                    "months": year.months.reversed().map { monthLink($0, root: root) },
                ]
            }
        }
    }

    /// One paginated list per month: `archive/YYYY/MM/index.html`.
    func monthLists() -> [ListSpec] {
        let months = archive.months
        return months.indices.map { index in
            let month = months[index]
            let folder = SitePaths.monthFolder(month.year, month.month)
            return ListSpec(template: "month", folder: folder, title: Self.label(month), positions: month.positions) { root in
                var view = period(Self.label(month),
                                  newer: index > 0 ? (Self.label(months[index - 1]), SitePaths.monthFolder(months[index - 1].year, months[index - 1].month)) : nil,
                                  older: index + 1 < months.count ? (Self.label(months[index + 1]), SitePaths.monthFolder(months[index + 1].year, months[index + 1].month)) : nil,
                                  root: root)
                view["yearLabel"] = SitePaths.digits(month.year, 4)
                view["yearURL"] = root + SitePaths.yearFolder(month.year) + "index.html"
                return ["period": view]
            }
        }
    }

    /// `archive/index.html`: years newest first, each with its months (oldest first) and counts.
    func archiveIndexPage() throws -> OutputFile {
        let root = SitePaths.root(from: SitePaths.archiveIndex)
        let years = archive.years.map { year -> [String: Any] in
            ["label": Self.label(year), "count": year.positions.count,
             "url": root + SitePaths.yearFolder(year.year) + "index.html",
             "months": year.months.reversed().map { monthLink($0, root: root) }]
        }
        return try page("archive", at: SitePaths.archiveIndex, title: "Archive",
                        ["years": years, "hasYears": !years.isEmpty, "articleCount": archive.articles.count])
    }

    private func monthLink(_ month: SiteArchive.MonthGroup, root: String) -> [String: Any] {
        ["label": Self.label(month), "name": CivilDate.monthNames[month.month - 1], "count": month.positions.count,
         "url": root + SitePaths.monthFolder(month.year, month.month) + "index.html"]
    }

    /// `{label, newer: {label, url}, older: {label, url}}`; a neighbour that does not exist is absent.
    private func period(_ label: String, newer: (String, String)?, older: (String, String)?, root: String) -> [String: Any] {
        let link = { (neighbour: (String, String)?) -> Any in
            guard let neighbour else { return Absent.value }
            return ["label": neighbour.0, "url": root + neighbour.1 + "index.html"]
        }
        return ["label": label, "newer": link(newer), "older": link(older), "hasNeighbours": newer != nil || older != nil]
    }

    static func label(_ year: SiteArchive.YearGroup) -> String { SitePaths.digits(year.year, 4) }

    static func label(_ month: SiteArchive.MonthGroup) -> String {
        "\(CivilDate.monthNames[month.month - 1]) \(SitePaths.digits(month.year, 4))"
    }
}
