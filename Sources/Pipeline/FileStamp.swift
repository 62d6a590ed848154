import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of one entry, without opening it: its kind, size, modification and
/// change times (nanoseconds since 1970) and inode. Equal stamps on a settled file mean the
/// same bytes (``InputScan``); the build cache keeps them in ``CacheWriter`` form.
struct FileStamp: Hashable, Sendable {
    /// What the entry is.
    enum Kind: Int, Hashable, Sendable {
        /// A regular file.
        case file
        /// A folder.
        case folder
        /// Anything else: a symbolic link (when not followed), a FIFO, a device, a socket.
        case other
    }

    /// The entry's kind.
    var kind: Kind
    /// Its size in bytes.
    var size: Int
    /// Its last modification, in nanoseconds since 1970.
    var modified: Int
    /// Its last status change, in nanoseconds since 1970.
    var changed: Int
    /// Its inode number.
    var inode: Int

    /// The stamp of `path`: through a symbolic link when `following`, of the link itself
    /// otherwise; nil when there is nothing there.
    static func of(_ path: String, following: Bool) -> FileStamp? {
        var status = stat()
        guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        let kind: Kind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        default: kind = .other
        }
        return FileStamp(kind: kind, size: Int(status.st_size),
                         modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec),
                         changed: Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec),
                         inode: Int(bitPattern: UInt(status.st_ino)))
    }

    /// Writes the stamp for ``init(from:)``.
    func write(to writer: inout CacheWriter) {
        for value in [kind.rawValue, size, modified, changed, inode] { writer.int(value) }
    }

    /// Reads a stamp ``write(to:)`` wrote.
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        guard let kind = Kind(rawValue: try reader.int()) else { throw CacheReader.Damaged() }
        self.init(kind: kind, size: try reader.int(), modified: try reader.int(), changed: try reader.int(), inode: try reader.int())
    }

    /// Creates a stamp.
    init(kind: Kind, size: Int, modified: Int, changed: Int, inode: Int) {
        (self.kind, self.size, self.modified, self.changed, self.inode) = (kind, size, modified, changed, inode)
    }
}
