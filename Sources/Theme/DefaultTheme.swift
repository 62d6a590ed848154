import Foundation

/// Broadsheet's default theme, `Layouts/`, compiled into the binary: a copied or installed
/// `broadsheet` needs no folder beside it. The `EmbedTheme` build plugin writes the files in at
/// build time, so what is in `Layouts/` when the package is built is what ships.
///
/// ```swift
/// DefaultTheme.files["base.mustache"]   // the bytes of Layouts/base.mustache
/// ```
public enum DefaultTheme {
    /// Every file of the theme by `/`-separated relative path (`assets/style.css`), with its bytes.
    public static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for (path, base64) in encodedFiles {
            files[path] = Data(base64Encoded: base64)
        }
        return files
    }()
}
