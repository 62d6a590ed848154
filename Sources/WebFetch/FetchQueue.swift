import Foundation

/// The requests waiting to be made, handed to workers so that no host ever has two requests
/// at once and each host rests `pause` seconds between two of them. A request that was
/// redirected comes back as a new hop, first in line.
final class FetchQueue: @unchecked Sendable {
    /// One request to make: which of the caller's requests, and where it has got to.
    struct Hop {
        /// The index of the caller's request.
        var index: Int
        /// The addresses visited so far and the one to request now.
        var chain: RedirectChain
    }

    private let condition = NSCondition()
    private let pause: Double
    private var waiting: [Hop]
    private var busyHosts: Set<String> = []
    private var restingUntil: [String: Date] = [:]
    private var running = 0

    /// A queue of `hops`, in order.
    init(_ hops: [Hop], pause: Double) {
        waiting = hops
        self.pause = pause
    }

    /// The next hop a worker may make now, waiting for one if needed; nil when every request
    /// has finished.
    func next() -> Hop? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let now = Date()
            if let position = waiting.firstIndex(where: { isFree($0.chain.host, at: now) }) {
                let hop = waiting.remove(at: position)
                busyHosts.insert(hop.chain.host)
                running += 1
                return hop
            }
            if waiting.isEmpty && running == 0 { return nil }
            condition.wait(until: earliestWake(after: now))
        }
    }

    /// A worker made a request to `host`; `redirected` is the hop that follows it, if any.
    func finished(_ host: String, redirected: Hop?) {
        condition.lock()
        busyHosts.remove(host)
        restingUntil[host] = Date().addingTimeInterval(pause)
        running -= 1
        if let redirected { waiting.insert(redirected, at: 0) }
        condition.broadcast()
        condition.unlock()
    }

    private func isFree(_ host: String, at now: Date) -> Bool {
        !busyHosts.contains(host) && (restingUntil[host].map { $0 <= now } ?? true)
    }

    /// When a waiting hop's host ends its rest (a worker that finishes wakes everyone sooner).
    private func earliestWake(after now: Date) -> Date {
        let rests = waiting.compactMap { busyHosts.contains($0.chain.host) ? nil : restingUntil[$0.chain.host] }
        return rests.min().map { max($0, now) } ?? now.addingTimeInterval(60)
    }
}
