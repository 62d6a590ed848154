import ArticleModel
import Foundation

/// The counts of a running `fetch`, added to from the download callbacks and passed on to
/// the progress callback after each change.
final class FetchTally: @unchecked Sendable {
    private let lock = NSLock()
    private let progress: (@Sendable (FetchProgress) -> Void)?
    private var report = FetchReport()
    private var phase = ""
    private var done = 0
    private var total = 0
    private var downloaded = 0

    /// A tally telling `progress` of every change.
    init(progress: (@Sendable (FetchProgress) -> Void)?) { self.progress = progress }

    /// Starts a phase of `total` downloads (`feeds`, `images`).
    func begin(_ phase: String, total: Int) {
        update {
            self.phase = phase
            done = 0
            self.total = total
        }
    }

    /// A file was downloaded and stored.
    func fetched(bytes: Int) {
        update {
            report.fetched += 1
            report.fetchedBytes += bytes
            downloaded += bytes
            done += 1
        }
    }

    /// The server said the copy held is current.
    func unchanged() {
        update {
            report.unchanged += 1
            done += 1
        }
    }

    /// `count` files needed no request: the store holds them already.
    func alreadyStored(_ count: Int) {
        lock.lock()
        report.unchanged += count
        lock.unlock()
    }

    /// An address failed; `bytes` were downloaded all the same (a body that was no picture).
    func failed(_ address: String, _ reason: String, bytes: Int = 0) {
        update {
            report.failures.append(FetchReport.Failure(address: address, reason: reason))
            downloaded += bytes
            done += 1
        }
    }

    /// The report so far, with `diagnostics`.
    func report(diagnostics: [Diagnostic]) -> FetchReport {
        lock.lock()
        defer { lock.unlock() }
        var copy = report
        copy.diagnostics = diagnostics
        return copy
    }

    private func update(_ change: () -> Void) {
        lock.lock()
        change()
        let now = FetchProgress(phase: phase, done: done, total: total, bytes: downloaded)
        lock.unlock()
        progress?(now)
    }
}
