/// Why an EPUB could not be written.
public enum EPUBError: Error, CustomStringConvertible, Sendable {
    /// The zip archive could not add an entry: the entry's path and the underlying reason.
    case archive(entry: String, reason: String)

    /// A sentence saying where and what.
    public var description: String {
        switch self {
        case .archive(let entry, let reason):
            return "EPUB: could not write '\(entry)' into the zip archive: \(reason)"
        }
    }
}
