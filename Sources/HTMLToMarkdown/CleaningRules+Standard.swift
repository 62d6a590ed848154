import ArticleModel

extension CleaningRules {
    /// The built-in boilerplate rules, as data. A text rule may name itself with a leading
    /// regex comment, `(?#source-link)`; diagnostics quote that name (or else the pattern).
    ///
    /// Text rules match the whole whitespace-collapsed text of a block: "Read More “…” »",
    /// "Continue reading …", "Source link", "Waiting for response to load…", the syndicated
    /// feed notices of NDTV-style feeds, WordPress's "The post … appeared first on …",
    /// related-article teasers ("Also read: …", "ALSO READ | …") and media fallback text
    /// ("Your browser does not support the video tag.").
    /// Class rules remove loaders, spinners and share or related-post widgets. The structural
    /// rules (``StructuralRule``: landmarks, share, related, newsletter, cookie, comment and
    /// advert blocks, link lists, "Read more" links, bylines, datelines and a repeated title)
    /// are all on.
    public static let standard = CleaningRules(
        dropText: [
            #"(?#read-more)(?i)^(?:read more|continue reading)(?:\s*[“"‘'«].*[”"’'»]\s*[»›→…]?|\s+.{1,150}?\s*[»›→]|\s*(?:[»›→…]|\.\.\.))?\s*$"#,
            #"(?#source-link)(?i)^source\s*link$"#,
            #"(?#loading)(?i)^(?:waiting for response to load|loading)\s*(?:…|\.\.\.)?$"#,
            #"(?#syndicated-feed)(?i)^\(?\s*(?:except for the headline, )?this story has not been edited by .{1,60}? staff and is (?:published|auto-generated) from a syndicated feed\.?\s*\)?$"#,
            #"(?#appeared-first)(?i)^the post .{1,300} appeared first on .{1,200}$"#,
            #"(?#also-read)(?i)^also\s+read\s*[:|].{0,300}$"#,
            #"(?#media-fallback)(?i)^(?:sorry,?\s+)?your browser (?:does not|doesn[’']t) support (?:the )?(?:html5? |embedded )?(?:video|audio)s?(?: tag| element| playback| files?)?\s*[.!]?$"#,
        ],
        dropClasses: [
            "loader", "loader-wrap", "spinner", "sharedaddy", "share", "social-share", "share-buttons",
            "jp-relatedposts", "related-posts",
        ],
        structural: StructuralRule.allNames
    )
}
