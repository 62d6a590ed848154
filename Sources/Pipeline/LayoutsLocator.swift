import Foundation

/// Where a theme folder laid over the built-in default theme comes from. The default theme
/// itself is compiled into the binary (``DefaultTheme``), so a copied or installed `broadsheet`
/// finds it without any folder beside it or any path from the machine it was built on.
public enum LayoutsLocator {
    /// The folder `$BROADSHEET_LAYOUTS` names, when it is set and not empty; nil means the
    /// built-in theme alone. A folder given (here or with `--layouts`) replaces the built-in
    /// theme's files by relative path; a site's `layouts/` then replaces files of both.
    public static func environmentLayouts(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        guard let path = environment["BROADSHEET_LAYOUTS"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }
}
