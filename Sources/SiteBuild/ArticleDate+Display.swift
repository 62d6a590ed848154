import ArticleModel

extension ArticleDate {
    /// The date for readers, in its own offset: `28 June 2024`.
    var readable: String {
        let local = local
        return "\(local.day) \(CivilDate.monthNames[local.month - 1]) \(String(zeroPadding: local.year, width: 4))"
    }
}
