import ArticleModel
import Foundation

/// Bytes of any encoding, made into what every reader expects: UTF-8 without a byte-order
/// mark, without characters XML cannot hold, with an XML declaration (if any) that says
/// UTF-8; plus what was guessed or repaired on the way.
public struct DecodedText: Sendable {
    /// The text, as UTF-8 bytes. The input itself (not a copy) when it was clean UTF-8.
    public let utf8: Data
    /// The encoding the input was read as.
    public let encoding: CharacterEncoding
    /// Notes on guesses (an undeclared encoding detected) and warnings on repairs (a wrong or
    /// unknown declaration, undecodable bytes, removed control characters). Empty for clean UTF-8.
    public let diagnostics: [Diagnostic]

    /// The text as a string.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}
