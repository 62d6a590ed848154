/// Which way the book and the digest run through time (`book.order` in `site.yml`): the
/// months when sections are months, and the chapters within every section.
///
/// ```yaml
/// book:
///   order: oldest-first    # newest-first (the default) or oldest-first
/// ```
public enum BookOrder: String, Hashable, Sendable, CaseIterable {
    /// The newest article first; undated articles after the dated ones, by title.
    case newestFirst = "newest-first"
    /// The oldest article first; undated articles after the dated ones, by title.
    case oldestFirst = "oldest-first"
}
