import ArticleModel
import Foundation
import Pipeline

/// The progress line `fetch` draws on a terminal's standard error, redrawn in place and
/// removed at the end: `fetching images  37/120  4.2 MB  [=====>     ]`. Off a terminal it
/// draws nothing.
final class ProgressLine: @unchecked Sendable {
    /// The bar's width in characters, between the brackets.
    static let barWidth = 20
    /// The shortest time between two redraws, in seconds (the last state is always drawn).
    static let interval = 0.1

    private let lock = NSLock()
    private let onTerminal: Bool
    private var drawn = false
    private var lastDraw = Date.distantPast

    /// A line that draws only when `onTerminal`.
    init(onTerminal: Bool) { self.onTerminal = onTerminal }

    /// Redraws the line for `progress`.
    func show(_ progress: FetchProgress) {
        guard onTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard progress.done == progress.total || now.timeIntervalSince(lastDraw) >= ProgressLine.interval else { return }
        lastDraw = now
        drawn = true
        write("\r\u{1B}[K" + ProgressLine.text(progress))
    }

    /// Removes the line, if one was drawn.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        drawn = false
        write("\r\u{1B}[K")
    }

    /// The line's text: `fetching images  37/120  4.2 MB  [=====>     ]`.
    static func text(_ progress: FetchProgress) -> String {
        let share = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let filled = min(barWidth, Int(share * Double(barWidth)))
        let head = filled < barWidth ? ">" : ""
        let bar = String(repeating: "=", count: filled) + head + String(repeating: " ", count: max(0, barWidth - filled - head.count))
        return "fetching \(progress.phase)  \(progress.done)/\(progress.total)  \(ByteSize(progress.bytes))  [\(bar)]"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
