import Foundation
/// The headline without the site's name around it. Kept simple on purpose:
///
/// - `Headline | Site`, `Headline - Site`, `Site: Headline`, `Site | Headline` (also with `–`,
///   `—`, `·`, `•`, `::`) lose the part that is the site's name (`og:site_name`, else the
///   JSON-LD publisher), compared without case;
/// - else, when one of the parts is a heading of the page (`h1` or `h2`), the title is that part;
/// - else the title is kept as it is.
enum TitleCleaner {
    /// The separators between a headline and a site's name.
    static let separators = [" | ", " - ", " – ", " — ", " · ", " • ", " :: ", ": ", " / "]

    /// `title` without `siteName` around it (see the type's rules).
    static func clean(_ title: String, siteName: String?, headings: [String]) -> String {
        let title = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let site = siteName?.trimmingCharacters(in: .whitespaces), !site.isEmpty {
            for separator in separators {
                if title.lowercased().hasSuffix((separator + site).lowercased()), title.count > separator.count + site.count {
                    return String(title.dropLast(separator.count + site.count)).trimmingCharacters(in: .whitespaces)
                }
                if title.lowercased().hasPrefix((site + separator).lowercased()), title.count > separator.count + site.count {
                    return String(title.dropFirst(separator.count + site.count)).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        let known = Set(headings.map { $0.lowercased() }.filter { !$0.isEmpty })
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if let part = parts.first(where: { known.contains($0.lowercased()) }) { return part }
        }
        return title
    }
}
