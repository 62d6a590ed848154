import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM for `broadsheet serve`: the first asks the session to stop
/// (after the build in progress, if any); a second ends the process at once, with status 130.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var sources: [DispatchSourceSignal] = []

    /// Whether a stop was asked for.
    var isSet: Bool { lock.withLock { count > 0 } }

    /// Catches SIGINT and SIGTERM from now on.
    static func install() -> StopSignal {
        let stop = StopSignal()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.received() }
            source.resume()
            stop.sources.append(source)
        }
        return stop
    }

    private func received() {
        let seen = lock.withLock { count += 1; return count }
        if seen > 1 { exit(130) }
    }
}
