import ArticleModel
import Digest
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The key of something the build cache keeps: SHA-256 over every input it was made from.
/// Each field is written with its length, so two different lists of fields never give the
/// same bytes.
///
/// ```swift
/// var key = CacheKey("render")
/// key.add(article.body.text)
/// key.digest   // 64 hex digits
/// ```
struct CacheKey {
    private var fields = CacheWriter()

    /// A key for results of the kind `kind` (`convert`, `render`, `build`), so keys of two
    /// kinds never meet.
    init(_ kind: String) {
        fields.string(kind)
    }

    /// Adds a string.
    mutating func add(_ text: String) { fields.string(text) }

    /// Adds a string or its absence (nil and "" differ).
    mutating func add(_ text: String?) { fields.optional(text) }

    /// Adds a whole number.
    mutating func add(_ number: Int) { fields.int(number) }

    /// Adds a list of strings.
    mutating func add(_ texts: [String]) { fields.strings(texts) }

    /// Adds a date, to the exact instant and its offset, or its absence.
    mutating func add(_ date: ArticleDate?) {
        fields.bool(date != nil)
        guard let date else { return }
        fields.int(Int(Int64(bitPattern: date.date.timeIntervalSince1970.bitPattern)))
        fields.int(date.offsetSeconds)
    }

    /// The key: 64 lowercase hex digits.
    var digest: String { SHA256.hex(Data(fields.bytes)) }

    /// What identifies the program that made a cache: `version` (`broadsheet --version`'s
    /// line), the C libraries loaded, and the size, modification time and inode of the running
    /// executable, so a rebuilt binary (whose version number may not have changed) never
    /// trusts results made by another.
    static func program(version: String) -> String {
        "\(version) | \(LibraryVersions.current) | \(executableStamp)"
    }

    /// The running executable's size, modification time and inode, read once.
    private static let executableStamp: String = {
        guard let stamp = FileStamp.of("/proc/self/exe", following: true) else { return CommandLine.arguments.first ?? "" }
        return "\(stamp.size) \(stamp.modified) \(stamp.inode)"
    }()
}
