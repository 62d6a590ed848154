import CGD

/// libgd's process-wide set-up, done once before the first call: the FreeType font cache
/// (which is not thread-safe to create lazily), fontconfig names for fonts, and its error
/// messages kept off standard error (every failure is reported as an ``ImageError``).
enum LibGD {
    /// Whether the font cache could be set up; touching it runs the set-up once.
    static let ready: Bool = {
        gdSetErrorMethod { _, _, _ in }
        _ = gdFTUseFontConfig(1)
        return gdFontCacheSetup() == 0
    }()
}
