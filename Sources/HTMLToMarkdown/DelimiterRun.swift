/// An emphasis written with delimiters whose content ends in punctuation: if a letter follows
/// the closing delimiter, CommonMark would not close it, so it becomes HTML tags instead.
struct DelimiterRun {
    /// Where the opening delimiter starts in the buffer.
    var open: Int
    /// Where the closing delimiter starts in the buffer.
    var close: Int
    /// The delimiter's length in bytes (1 for `*`, 2 for `**`).
    var length: Int
    /// The HTML element to use instead (`em`, `strong`).
    var tag: String
}
