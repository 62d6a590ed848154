import Foundation

extension String {
    /// The string without leading and trailing white space and newlines.
    var trimmingWhitespaceAndNewlines: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
