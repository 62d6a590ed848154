#if !FUZZING
import Foundation
import FuzzTargets

/// `broadsheet-fuzz TARGET FILE-OR-FOLDER...`: runs every file (folders: every file in them,
/// recursively, in name order) through a fuzz target, printing each name first so that a trap
/// shows which file caused it. Used to replay crashes and the seed corpus without libFuzzer.
enum Replay {
    /// Runs the command; the result is the exit status (0: every file held, 2: bad usage).
    static func main(_ arguments: [String]) -> Int32 {
        let names = FuzzTargets.names.joined(separator: ", ")
        guard arguments.count >= 3, FuzzTargets.names.contains(arguments[1]) else {
            complain("usage: broadsheet-fuzz TARGET FILE-OR-FOLDER...\n  TARGET is one of: \(names)")
            return 2
        }
        var count = 0
        for path in arguments.dropFirst(2) {
            guard let files = files(at: path) else {
                complain("broadsheet-fuzz: \(path) cannot be read; give a file or a folder of inputs")
                return 2
            }
            for file in files {
                print(file)
                guard let data = FileManager.default.contents(atPath: file) else {
                    complain("broadsheet-fuzz: \(file) cannot be read; check its permissions")
                    return 2
                }
                FuzzTargets.run(arguments[1], data)
                count += 1
            }
        }
        print("\(arguments[1]): \(count) file\(count == 1 ? "" : "s") held")
        return 0
    }

    private static func complain(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// The file at `path`, or every regular file under it in name order; nil when it is neither.
    static func files(at path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return nil }
        var found: [String] = []
        for case let relative as String in walker {
            var isSub: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isSub), !isSub.boolValue { found.append(full) }
        }
        return found.sorted()
    }
}
#endif
