import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock that keeps two Broadsheet processes from writing the same place at once:
/// `import` locks the site folder, `build` locks the site folder it builds and its output.
/// The lock is `flock` on a small file holding the owner's pid; the system releases it when the
/// process ends, however it ends, so a killed run never leaves a site locked. A second process
/// does not wait: it stops at once with a message naming the pid that holds the lock.
///
/// ```
/// let lock = try SiteLock.site(folder)   // SITE/.broadsheet/lock
/// defer { lock.release() }
/// ```
final class SiteLock {
    /// The site folder's lock file, relative to the site folder.
    static let sitePath = ".broadsheet/lock"

    private var descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Locks the site folder `folder` (`folder/.broadsheet/lock`, created if missing).
    static func site(_ folder: URL) throws(PipelineError) -> SiteLock {
        try acquire(folder.appendingPathComponent(sitePath), guarding: "the site \(folder.path)")
    }

    /// Locks the output folder `output` with a hidden file beside it (`.public.lock` for
    /// `public/`), so two builds into one folder never swap it at the same time.
    static func output(_ output: URL) throws(PipelineError) -> SiteLock {
        let lockFile = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock")
        return try acquire(lockFile, guarding: "the output folder \(output.path)")
    }

    /// The locks a build takes, in this order: the site folder when the output lies inside it
    /// (as `public/` does; a site built elsewhere is only read), then the output folder.
    static func forBuild(_ request: BuildRequest, output: URL) throws(PipelineError) -> [SiteLock] {
        var locks: [SiteLock] = []
        if case .site(let folder) = request.source {
            let site = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if output.standardizedFileURL.resolvingSymlinksInPath().path.hasPrefix(site + "/") { locks.append(try Self.site(folder)) }
        }
        locks.append(try Self.output(output))
        return locks
    }

    /// Lets the lock go; later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)  // closing the last descriptor releases the flock
        descriptor = -1
    }

    /// Opens (creating) `url`, takes the lock without waiting and writes our pid into it.
    private static func acquire(_ url: URL, guarding what: String) throws(PipelineError) -> SiteLock {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw PipelineError("cannot create \(url.deletingLastPathComponent().path) for the lock file: \(error.localizedDescription)",
                                hint: "check that the folder is writable")
        }
        // O_NOFOLLOW: a link planted at the lock's place is never followed and truncated.
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError("cannot open the lock file \(url.path): \(String(cString: strerror(errno)))",
                                hint: "check that the folder is writable; delete the file if it is not a plain file")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = pid(in: descriptor)
            close(descriptor)
            throw refusal(reason, holder: holder, guarding: what, lockFile: url)
        }
        let text = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return SiteLock(descriptor: descriptor)
    }

    /// The error for a lock that could not be taken.
    private static func refusal(_ reason: Int32, holder: Int32?, guarding what: String, lockFile: URL) -> PipelineError {
        guard reason == EWOULDBLOCK else {
            return PipelineError("cannot lock \(lockFile.path): \(String(cString: strerror(reason)))",
                                 hint: "the file system may not support locks; build on a local disk")
        }
        let who = holder.map { "another broadsheet (pid \($0))" } ?? "another broadsheet"
        return PipelineError("\(who) is using \(what); wait for it to finish or stop it, then run this again",
                             hint: "the lock (\(lockFile.path)) goes away by itself when that process ends; do not delete it")
    }

    /// The pid written in the lock file, when it holds one.
    private static func pid(in descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text).flatMap { $0 > 0 ? $0 : nil }
    }
}
