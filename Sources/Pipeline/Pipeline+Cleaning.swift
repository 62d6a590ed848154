import ArticleModel
import Foundation

extension Pipeline {
    /// The cleaning rules for a site's feeds: the built-in rules plus `site.yml`'s `cleaning:`.
    /// The one rule `build`, `import` and `convert --site` apply.
    static func cleaningRules(_ config: SiteConfig) -> CleaningRules {
        CleaningRules.standard.adding(config.cleaning)
    }

    /// The cleaning rules of the site folder `site`, from its `site.yml` read as `build` reads
    /// it, with what reading it had to say. A folder without `site.yml` has the built-in rules,
    /// and a warning says so.
    public static func cleaningRules(ofSite site: URL) throws(PipelineError) -> (rules: CleaningRules, diagnostics: [Diagnostic]) {
        var log: [Diagnostic] = []
        guard let settings = try SiteReader.siteSettings(site, log: &log) else {
            log.append(Diagnostic(.warning, file: site.appendingPathComponent("site.yml").path, "no such file: the built-in cleaning rules only",
                                  hint: "give the site folder that holds site.yml"))
            return (.standard, log)
        }
        return (cleaningRules(settings.config), log)
    }
}
