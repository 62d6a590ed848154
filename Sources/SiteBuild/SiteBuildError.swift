/// Why a site could not be built. Template syntax errors are thrown as `TemplateError`.
public enum SiteBuildError: Error, Equatable, CustomStringConvertible {
    /// A layout file is not valid UTF-8 text.
    case unreadableLayout(file: String)
    /// Rendering `template` for the page at `page` failed; `reason` says why.
    case render(page: String, template: String, reason: String)
    /// Two pages would be written to the same path (two articles with the same key).
    case duplicatePath(String)
    /// A generated path would leave the output folder (a bug: slugs are always safe).
    case unsafePath(String)

    /// One line saying where and what.
    public var description: String {
        switch self {
        case let .unreadableLayout(file):
            return "layouts/\(file): not UTF-8 text; save the template as UTF-8"
        case let .render(page, template, reason):
            return "failed to render page '\(page)' with \(template).mustache: \(reason)"
        case let .duplicatePath(path):
            return "two pages would be written to '\(path)': article keys (YYYY/slug, undated/slug) must be unique"
        case let .unsafePath(path):
            return "refusing to write '\(path)': the path leaves the output folder"
        }
    }
}
