import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files of the output written with plain POSIX calls (`open`, `write`, `close`) and no
/// `fsync`: the output folder is only ever swapped in whole, so a file needs no sync of its own
/// to survive a killed build, and syncing each one made the write step disk-bound.
enum PlainFile {
    /// A file that could not be written: its path and what the system said.
    struct Failure: Error, LocalizedError {
        /// The file.
        var path: String
        /// `strerror` of the `errno` the call set.
        var reason: String

        /// Records `errno`'s meaning for `path`.
        init(_ path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }

        /// `PATH: REASON`, as the write step's error quotes it.
        var errorDescription: String? { "\(path): \(reason)" }
    }

    /// Writes `bytes` to a new file at `path` (its folder exists; a file already there is
    /// truncated, a symbolic link refused). With `modified`, the file is given that
    /// modification time: a copy of an unchanged file keeps the time it had.
    static func write(_ bytes: Data, to path: String, modified: timespec? = nil) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(path, errno: errno) }
        var code = writeAll(bytes, to: descriptor)
        if code == 0, let modified {
            let times = [timespec(tv_sec: 0, tv_nsec: omitTime), modified]  // access time left alone
            if futimens(descriptor, times) != 0 { code = errno }
        }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code != 0 { throw Failure(path, errno: code) }
    }

    /// `UTIME_OMIT` of `<sys/stat.h>`, a macro Swift does not import.
    private static let omitTime = (1 << 30) - 2

    /// Writes every byte, going on after short writes and interruptions; 0, or the `errno`.
    private static func writeAll(_ bytes: Data, to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { raw -> Int32 in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
    }
}
