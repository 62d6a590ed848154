/// One picture in a site's media store (`media/` in the site folder): where it came from,
/// the file it was saved as, and what its header says.
public struct MediaFile: Hashable, Sendable {
    /// The address articles give for it, as it was fetched (before any redirect).
    public var source: String
    /// The file's name inside the store: the content hash and the real type's extension,
    /// such as `3f9ac2….jpg`. Never a path: no `/`, no `..`.
    public var file: String
    /// The format, sniffed from the bytes.
    public var format: ImageFormat
    /// Width in pixels, from the image header.
    public var width: Int
    /// Height in pixels, from the image header.
    public var height: Int
    /// Size of the file in bytes.
    public var bytes: Int

    /// Creates a store entry.
    public init(source: String, file: String, format: ImageFormat, width: Int, height: Int, bytes: Int) {
        self.source = source
        self.file = file
        self.format = format
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// Whether `name` is safe as a store file name: letters, digits, `-`, `_` and one `.`
    /// before a known image extension; nothing that could leave the store folder.
    public static func isStoreName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 128,
              ImageFormat(fileExtension: String(parts[1])) != nil else { return false }
        return parts[0].utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte == 0x2d || byte == 0x5f
        }
    }
}
