import Testing

/// One example of `Spec/converter.txt`: HTML in, the Markdown expected out.
struct SpecExample: Sendable, CustomTestStringConvertible {
    /// The spec file's name, such as `converter.txt`.
    var file: String
    /// The 1-based example number, counted through the file.
    var number: Int
    /// The line of the example's opening fence.
    var line: Int
    /// The `## ` heading it sits under.
    var section: String
    /// The HTML input.
    var html: String
    /// The expected Markdown, with its final line break.
    var markdown: String

    /// `converter.txt example 12 (line 80, Emphasis)`.
    var testDescription: String { "\(file) example \(number) (line \(line), \(section))" }
}
