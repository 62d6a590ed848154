import Foundation

/// Counts the items of one step as parallel work finishes them and passes each count to the
/// request's ``ProgressHandler``, one call at a time. Without a handler it does nothing.
final class ProgressCounter: @unchecked Sendable {
    private let handler: ProgressHandler?
    private let step: String
    private let total: Int
    private let lock = NSLock()
    private var done = 0

    /// Starts `step` of `total` items, reporting 0 done at once; a step of no item is not reported.
    init(_ step: String, total: Int, handler: ProgressHandler?) {
        self.handler = total > 0 ? handler : nil
        self.step = step
        self.total = total
        self.handler?(StepProgress(step: step, done: 0, total: total))
    }

    /// Reports a step with no count: its start, so the line can say what is happening.
    static func begin(_ step: String, handler: ProgressHandler?) {
        handler?(StepProgress(step: step, done: 0, total: 0))
    }

    /// One more item finished.
    func advance() {
        guard let handler else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        handler(StepProgress(step: step, done: done, total: total))
    }
}
