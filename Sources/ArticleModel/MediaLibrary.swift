/// The pictures a build may use offline: the site's media store, looked up by the address an
/// article gives. `build` never downloads; an address not in the library stays remote.
public struct MediaLibrary: Hashable, Sendable {
    /// The store's folder, relative to the site folder, and the output folder it is copied to.
    public static let folder = "media"

    /// Entries by ``key(_:)`` of their source address.
    public private(set) var entries: [String: MediaFile]

    /// An empty library: every picture stays remote.
    public static let empty = MediaLibrary([])

    /// A library of `files`; of two with the same key, the later one wins.
    public init(_ files: [MediaFile]) {
        var entries: [String: MediaFile] = [:]
        for file in files { entries[MediaLibrary.key(file.source)] = file }
        self.entries = entries
    }

    /// Whether the library holds no picture.
    public var isEmpty: Bool { entries.isEmpty }

    /// The stored picture for an address, if it was fetched.
    public func file(for address: String) -> MediaFile? {
        entries[MediaLibrary.key(address)]
    }

    /// The lookup key of an address: the fragment dropped, scheme and host lower-cased; the
    /// rest as written (paths and queries are case-sensitive).
    public static func key(_ address: String) -> String {
        var text = Substring(address.trimmingWhitespace)
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        guard let colon = text.range(of: "://") else { return String(text) }
        let afterAuthority = text[colon.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? text.endIndex
        return text[..<afterAuthority].lowercased() + text[afterAuthority...]
    }
}
