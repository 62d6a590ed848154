extension UIStrings {
    /// The English strings: every key the default theme, the site builder and the book use,
    /// and the text any other language falls back to for a key its files lack. The theme's
    /// `Layouts/i18n/en.yml` holds the same strings, for translators to start from and for a
    /// site to override (a test keeps the two equal).
    public static let english = UIStrings(language: "en", entries: englishEntries)

    private static let englishEntries: [String: UIText] = [
        // Every page: the skip link, the navigation, the search form, the footer.
        "skip_link": .text("Skip to content"),
        "site_navigation": .text("Site"),
        "nav_latest": .text("Latest"),
        "nav_tags": .text("Tags"),
        "nav_archive": .text("Archive"),
        "nav_feed": .text("Feed"),
        "search_label": .text("Search the articles"),
        "search_placeholder": .text("Search"),
        "search_button": .text("Search"),
        "downloads": .text("Downloads"),
        "download_book": .text("E-book"),
        "download_book_details": .text("(EPUB, {size})"),
        "download_digest": .text("Digest"),
        "download_digest_details": .text("(one HTML page, {size})"),
        "document_title": .text("{page} – {site}"),
        // The search box's status line, filled in by assets/search.js.
        "search_loading": .text("Loading the index…"),
        "search_unavailable": .text("Search is not available: the index did not load."),
        "search_none": .text("No articles found for “{query}”."),
        "search_found": .plural([.one: "{count} article found.", .other: "{count} articles found."]),
        "search_shown": .text("The best {shown} are shown."),

        // Page headings and descriptions.
        "latest_articles": .text("Latest articles"),
        "numbered_page": .text("{title}, page {number}"),
        "tagged": .text("Tagged “{tag}”"),
        "tag_description": .text("Articles tagged “{tag}” in {site}."),
        "tags_title": .text("Tags"),
        "archive_title": .text("Archive"),
        "undated": .text("Undated"),
        "not_found_title": .text("Page not found"),
        "not_found_text": .text("There is nothing at this address. It may have moved, or the link may be wrong."),
        "not_found_try": .text("Try one of these pages:"),

        // Articles and lists.
        "reading_time": .plural([.one: "{count} min read", .other: "{count} min read"]),
        "updated": .text("updated"),
        "by_author": .text("by {author}"),
        "article_tags": .text("Tags"),
        "originally_published": .text("Originally published at"),
        "more_articles": .text("More articles"),
        "newer": .text("Newer"),
        "older": .text("Older"),
        "no_articles": .text("No articles yet."),
        "no_tags": .text("No tags yet."),
        "article_count": .plural([.one: "{count} article", .other: "{count} articles"]),
        "all_tags": .text("All tags"),
        "undated_count": .plural([.one: "{count} article without a date, by title",
                                  .other: "{count} articles without a date, by title"]),
        "part_of": .text("Part of"),
        "all_years": .text("All years"),
        "months_of": .text("Months of {year}"),

        // The front page (the first page of the index).
        "front_more_stories": .text("More stories"),
        "front_sections": .text("Sections"),
        "front_more_to_read": .text("More to read"),
        "front_archive": .text("Every article, by month"),

        // Page and period navigation.
        "pages_navigation": .text("Pages"),
        "page_of": .text("Page {current} of {total}"),
        "newer_page": .text("← Newer"),
        "older_page": .text("Older →"),
        "other_months": .text("Other months"),
        "other_years": .text("Other years"),
        "next_month": .text("Next month"),
        "previous_month": .text("Previous month"),
        "next_year": .text("Next year"),
        "previous_year": .text("Previous year"),

        // The book and the digest.
        "contents": .text("Contents"),
        "cover": .text("Cover"),
        "title_page": .text("Title page"),
        "articles_landmark": .text("Articles"),
        "landmarks": .text("Landmarks"),
        "byline": .text("By {author}"),
        "original_article": .text("Original article:"),
        "back_to_contents": .text("Back to contents"),
        "previous_article": .text("Previous: {title}"),
        "next_article": .text("Next: {title}"),
        "article_nav": .text("Before and after: {title}"),
        "untagged": .text("Untagged"),
        "own_articles": .text("Articles"),
        "pictures_left_out": .plural([
            .one: "{count} picture is not embedded in this file: each is shown as its description and a link to the original.",
            .other: "{count} pictures are not embedded in this file: each is shown as its description and a link to the original.",
        ]),
        "date_range": .text("{from} – {to}"),
        "untitled": .text("Untitled"),
        "media_image": .text("Image"),
        "media_video": .text("Video"),
        "media_audio": .text("Audio"),
        "media_embed": .text("Embedded content"),
        "view_image": .text("view image"),
        "view_video": .text("view video"),
        "view_audio": .text("view audio"),
        "view_embed": .text("view embedded content"),
    ]
}
