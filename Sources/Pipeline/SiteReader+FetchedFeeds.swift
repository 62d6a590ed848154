import ArticleModel
import Foundation
import SiteFiles

extension SiteReader {
    /// The copy `broadsheet fetch` downloaded of the web-address source `address`, named
    /// `feeds/NAME` as the fetch state (`.broadsheet/fetch.json`) records it. A build never
    /// downloads: a source not fetched yet, or whose copy is gone, is an error diagnostic and
    /// the build goes on with the other sources.
    static func fetchedFeed(_ folder: URL, address: String, log: inout [Diagnostic]) throws(PipelineError) -> SiteSnapshot.Input? {
        let state = fetchState(folder, log: &log)
        let hint = "run `broadsheet fetch \(folder.path)` to download it into feeds/; `build` never touches the network"
        guard let feed = state.feeds[address] else {
            log.append(Diagnostic(.error, file: "site.yml", "source \(address.prefix(200)) has not been fetched yet; left out", hint: hint))
            return nil
        }
        let name = "feeds/" + feed.file
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.append(Diagnostic(.error, file: "site.yml", "the copy of source \(address.prefix(200)) (\(name)) is missing; left out", hint: hint))
            return nil
        }
        return SiteSnapshot.Input(name: name, data: try read(url))
    }

    /// The fetch state of the site in `folder`; empty when there is none, and when it cannot
    /// be read (then with a warning).
    static func fetchState(_ folder: URL, log: inout [Diagnostic]) -> FetchState {
        let url = folder.appendingPathComponent(FetchState.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return FetchState() }
        do {
            return try FetchState.parse(try read(url), file: FetchState.path, log: &log)
        } catch let error as SiteFileError {
            log.append(Diagnostic(.warning, file: FetchState.path, error.message, hint: error.hint))
        } catch let error as PipelineError {
            log.append(Diagnostic(.warning, file: FetchState.path, error.message, hint: error.hint))
        } catch {
            log.append(Diagnostic(.warning, file: FetchState.path, "\(error)"))
        }
        return FetchState()
    }
}
