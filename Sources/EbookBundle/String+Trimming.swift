import Foundation

extension String {
    /// The string without leading and trailing white space and newlines. Returns the string
    /// itself, without calling Foundation, when there is nothing to trim (the usual case).
    var trimmingWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
