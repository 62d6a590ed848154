import ArticleModel

/// The encoding chosen for some bytes, and why: the outcome of steps 1 to 4 of
/// ``TextTranscoder``, before the whole text is decoded.
struct EncodingReading {
    /// The encoding to decode with.
    let encoding: CharacterEncoding
    /// How many leading bytes (a byte-order mark) to skip.
    var skip = 0
    /// What was guessed, for the user.
    var diagnostics: [Diagnostic] = []
    /// The UTF-8 scan of the bytes after `skip`, when one was made.
    var scan: UTF8Scan?
    /// Whether the file declared UTF-8 (for the warning about bytes that are not).
    var saysUTF8 = false
    /// UTF-8 already decoded while the choice was tested, and how many sequences it replaced.
    var decoded: (utf8: [UInt8], replaced: Int)?
}
