import ArticleModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output a build is about to replace, as `lstat` found it: each regular file by path,
/// with its size and modification time. ``OutputWriter`` asks it which new files are already
/// there byte for byte, to link them instead of writing them again.
struct PreviousOutput: Sendable {
    /// What the walk recorded of one regular file.
    struct Entry: Sendable {
        /// The size in bytes.
        var size: Int
        /// The modification time, kept when the file has to be copied instead of linked.
        var modified: timespec
    }

    /// The output folder.
    let folder: URL
    /// Its regular files by `/`-separated relative path.
    private(set) var files: [String: Entry] = [:]
    /// The paths of its entries that are neither folders nor regular files (links, FIFOs…).
    private(set) var others: [String] = []

    /// Walks `folder` without following symbolic links (a file reached through one is not the
    /// output's own); an output that does not exist yet has no files.
    init(_ folder: URL) {
        self.folder = folder
        walk(folder.path, prefix: "")
    }

    /// The path of the previous output's file that holds exactly `file`'s bytes at the same
    /// place, or nil. Sizes are compared first; only files of the same size are read.
    func sameFile(as file: OutputFile) -> (path: String, entry: Entry)? {
        guard let entry = files[file.path], entry.size == file.contents.count else { return nil }
        let path = folder.path + "/" + file.path
        return Self.holds(path, exactly: file.contents) ? (path, entry) : nil
    }

    /// How many of the previous output's files (not counting `marker`) are not among `paths`:
    /// those the new output leaves out.
    func removedCount(keeping paths: Set<String>, marker: String) -> Int {
        files.keys.filter { $0 != marker && !paths.contains($0) }.count + others.filter { !paths.contains($0) }.count
    }

    private mutating func walk(_ path: String, prefix: String) {
        guard let stream = opendir(path) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(full, prefix: relative)
            case S_IFREG: files[relative] = Entry(size: Int(info.st_size), modified: info.st_mtim)
            default: others.append(relative)
            }
        }
    }

    /// Whether the regular file at `path` holds `bytes` and nothing more, read in 256 KiB
    /// pieces and compared as it goes (the first difference stops the reading).
    static func holds(_ path: String, exactly bytes: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let pieceSize = 256 * 1024
        let piece = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 16)
        defer { piece.deallocate() }
        return bytes.withUnsafeBytes { expected -> Bool in
            var offset = 0
            while true {
                let count = read(descriptor, piece.baseAddress, pieceSize)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return offset == expected.count }
                guard offset + count <= expected.count,
                      memcmp(piece.baseAddress!, expected.baseAddress! + offset, count) == 0 else { return false }
                offset += count
            }
        }
    }
}
