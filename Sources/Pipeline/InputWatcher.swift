import Foundation

/// Waits for the inputs of a build to change, by looking at them every ``interval``
/// (``InputSnapshot``): polling needs no system-specific notification API, sees every kind of
/// save (in place, by rename, over a network folder) and costs one `stat` per file.
///
/// A change is reported once the files have stood still for one more look, so an editor
/// saving several files, or a `git checkout`, gives one build, not one per file.
///
/// ```swift
/// let watcher = InputWatcher(inputs: Pipeline.watchedInputs(request))
/// var seen = watcher.snapshot()
/// while let (now, changed) = watcher.waitForChange(since: seen, stop: { stopping }) {
///     seen = now   // build, telling the user about `changed`
/// }
/// ```
public struct InputWatcher: Sendable {
    /// What is watched.
    public var inputs: [URL]
    /// How long between two looks.
    public var interval: TimeInterval
    /// How long the files may keep changing before a build starts anyway.
    public var longestWait: TimeInterval

    /// A watcher of `inputs`, looking every 300 ms.
    public init(inputs: [URL], interval: TimeInterval = 0.3, longestWait: TimeInterval = 3) {
        self.inputs = inputs
        self.interval = interval
        self.longestWait = longestWait
    }

    /// The inputs now.
    public func snapshot() -> InputSnapshot {
        InputSnapshot.take(inputs)
    }

    /// Blocks until the inputs differ from `earlier` and have stood still for one look (or
    /// kept changing for ``longestWait``); returns them and the paths that changed. Nil as
    /// soon as `stop` says so (it is asked at every look).
    public func waitForChange(since earlier: InputSnapshot, stop: () -> Bool) -> (snapshot: InputSnapshot, changed: [String])? {
        var current = earlier
        while current == earlier {
            if stop() { return nil }
            Thread.sleep(forTimeInterval: interval)
            current = snapshot()
        }
        let started = Date()
        while Date().timeIntervalSince(started) < longestWait {
            if stop() { return nil }
            Thread.sleep(forTimeInterval: interval)
            let next = snapshot()
            if next == current { break }
            current = next
        }
        return (current, current.changes(since: earlier))
    }
}
