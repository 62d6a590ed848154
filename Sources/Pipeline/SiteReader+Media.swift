import ArticleModel
import Foundation
import ImageKit
import SiteFiles

extension SiteReader {
    /// The site's media store (`media/` in the site folder, filled by `broadsheet fetch`): the
    /// library its record `media/index.json` describes, with the bytes of each stored file.
    ///
    /// Nothing here stops the build: without a record the library is empty; a record that cannot
    /// be read is a warning and the build goes on with every picture remote; entries whose file
    /// is gone are left out, with one warning that counts them; a file that is there but cannot
    /// be used (unreadable, a link out of the store, bytes that are not the recorded type of
    /// picture) is left out with its own warning. The
    /// library holds only the entries whose bytes were read.
    static func mediaStore(_ folder: URL, log: inout [Diagnostic]) -> (library: MediaLibrary, files: [String: Data]) {
        let store = folder.appendingPathComponent(MediaLibrary.folder)
        guard let record = mediaRecord(folder, log: &log) else { return (.empty, [:]) }
        var kept: [MediaFile] = []
        var files: [String: Data] = [:]
        var absent = Set<String>(), refused = Set<String>()  // each file is tried once
        var missing = 0
        for file in record.library.entries.values.sorted(by: { $0.source < $1.source }) {
            if files[file.file] == nil, !absent.contains(file.file), !refused.contains(file.file) {
                switch storedBytes(file.file, in: store) {
                case (let data?, _) where ImageHeader.read(data)?.format != file.format:
                    refused.insert(file.file)
                    log.append(Diagnostic(.warning, file: MediaLibrary.folder + "/" + file.file,
                                          "the file is not the \(file.format.rawValue) picture the record says; left out, the picture stays remote",
                                          hint: "delete the file and run `broadsheet fetch` to download it again"))
                case (let data?, _): files[file.file] = data
                case (nil, let problem?): refused.insert(file.file); log.append(problem)
                case (nil, nil): absent.insert(file.file)
                }
            }
            if files[file.file] != nil { kept.append(file) } else if absent.contains(file.file) { missing += 1 }
        }
        if missing > 0 { log.append(missingFilesWarning(missing, folder: folder)) }
        return (MediaLibrary(kept), files)
    }

    /// The one warning for `count` record entries whose file is not in the store.
    private static func missingFilesWarning(_ count: Int, folder: URL) -> Diagnostic {
        let one = count == 1
        return Diagnostic(.warning, file: MediaRecord.path,
                          "\(count) recorded picture\(one ? " is" : "s are") missing from \(MediaLibrary.folder)/; \(one ? "it stays" : "they stay") remote",
                          hint: "run `broadsheet fetch \(folder.path)` to download \(one ? "it" : "them") again")
    }

    /// The parsed record, or nil when there is none or it cannot be used (then with a warning).
    private static func mediaRecord(_ folder: URL, log: inout [Diagnostic]) -> MediaRecord? {
        let url = folder.appendingPathComponent(MediaRecord.path)
        guard FileManager.default.fileExists(atPath: url.path) || isSymbolicLink(url) else { return nil }
        let hint = "delete \(MediaRecord.path) and run `broadsheet fetch \(folder.path)` to rebuild it; until then pictures stay remote"
        let data: Data
        do {
            data = try read(url)
        } catch {
            log.append(Diagnostic(.warning, file: MediaRecord.path, "the media record cannot be read (\(error.message)); every picture stays remote", hint: hint))
            return nil
        }
        do {
            return try MediaRecord.parse(data, file: MediaRecord.path, log: &log)
        } catch {
            log.append(Diagnostic(.warning, file: MediaRecord.path, error.message + "; every picture stays remote", hint: hint))
            return nil
        }
    }

    /// The bytes of the store file `name`; nil when it cannot be used, with a diagnostic when
    /// it is there but unusable (a missing file has none: the caller counts those).
    private static func storedBytes(_ name: String, in store: URL) -> (Data?, Diagnostic?) {
        let url = store.appendingPathComponent(name)
        let place = MediaLibrary.folder + "/" + name
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, nil) }
        guard url.resolvingSymlinksInPath().path.hasPrefix(store.resolvingSymlinksInPath().path + "/") else {
            return (nil, Diagnostic(.warning, file: place, "a link to a file outside the media store; left out, the picture stays remote",
                                    hint: "put the file itself in \(MediaLibrary.folder)/, or delete the link and run `broadsheet fetch`"))
        }
        do {
            return (try read(url), nil)
        } catch {
            return (nil, Diagnostic(.warning, file: place, error.message + "; the picture stays remote",
                                    hint: "delete the file and run `broadsheet fetch` to download it again"))
        }
    }

    private static func isSymbolicLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }
}
