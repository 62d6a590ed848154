import ArticleModel
import AutoTags

/// The step that gives feed articles without tags tags chosen from their text.
enum TagSteps {
    /// `drafts` with every feed draft that has no tags given up to four, chosen against the
    /// collection of `drafts` and `alongside` (hand-written `content/` files, which count for
    /// word frequencies and tag spellings but are never changed). The new tags are marked
    /// `auto_tags: true`. With `auto_tags: false` in `site.yml`, `drafts` come back as they are.
    static func autoTag(_ drafts: [Draft], alongside written: [Draft] = [], config: SiteConfig) -> [Draft] {
        guard config.autoTags, drafts.contains(where: wantsTags) else { return drafts }
        let all = drafts + written
        let documents = all.map { draft in
            TagDocument(title: draft.file.frontMatter.title, text: MarkdownPlainText.of(draft.file.body.text),
                        language: config.language, tags: draft.file.frontMatter.tags, wantsTags: wantsTags(draft))
        }
        let suggestions = AutoTagger.suggest(for: documents)
        return zip(drafts, suggestions).map { draft, tags in
            guard !tags.isEmpty else { return draft }
            var tagged = draft
            tagged.file.frontMatter.tags = tags
            tagged.file.frontMatter.autoTags = true
            return tagged
        }
    }

    /// Feed drafts with no tags, standalone pages left out.
    private static func wantsTags(_ draft: Draft) -> Bool {
        !draft.isContentFile && draft.file.frontMatter.tags.isEmpty && !draft.file.frontMatter.isPage
    }
}
