import Foundation

/// What `broadsheet serve` notices of an input file between two looks (``InputSnapshot``):
/// its size, modification time to the nanosecond, and inode (an editor that saves by
/// renaming a new file over the old one changes it). A file whose stamp changed is taken as edited.
struct InputStamp: Equatable, Sendable {
    /// Bytes.
    var size: Int
    /// The last modification, in nanoseconds since 1970.
    var modified: Int
    /// The inode number.
    var inode: UInt64

    /// The stamp of the file at `path`, through symbolic links; nil when there is none.
    static func of(_ path: String) -> InputStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return InputStamp(size: Int(status.st_size), modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec),
                          inode: UInt64(status.st_ino))
    }
}
