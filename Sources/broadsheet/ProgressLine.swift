import ArticleModel
import Foundation
import Pipeline

/// The one progress line of every command, on a terminal's standard error, redrawn in place
/// (`\r` and clear to the end of the line) and removed at the end:
///
/// ```
/// converting articles  3,400/10,000  [======>             ]  34%  about 50 s left
/// fetching images  37/120  4.2 MB  [=====>              ]
/// building the site…  12 s
/// ```
///
/// Off a terminal, or with `--quiet`, it draws nothing. A step without a count shows the time
/// it has taken so far, redrawn every half second.
final class ProgressLine: @unchecked Sendable {
    /// What the line shows.
    struct State: Hashable {
        /// The step: `converting articles`, `fetching images`.
        var label: String
        /// Items finished.
        var done: Int
        /// Items in the step; 0 when the step is not counted.
        var total: Int
        /// Said after the count: `4.2 MB`.
        var detail: String?
    }

    /// The bar's width in characters, between the brackets.
    static let barWidth = 20
    /// The shortest time between two redraws, in seconds (the last state is always drawn).
    static let interval = 0.1
    /// How long a counted step runs before an estimate is shown, in seconds.
    static let estimateAfter = 2.0

    private let lock = NSLock()
    private let enabled: Bool
    private var state: State?
    private var stepStart = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var timer: DispatchSourceTimer?

    /// A line that draws only when `enabled` (standard error is a terminal and not `--quiet`).
    init(enabled: Bool) { self.enabled = enabled }

    /// The line for a command: drawn on a terminal unless `quiet`.
    static func forStandardError(quiet: Bool = false) -> ProgressLine {
        ProgressLine(enabled: Terminal.isTerminal && !quiet)
    }

    /// Shows how far a build or import step has got.
    func show(_ progress: StepProgress) {
        show(State(label: progress.step, done: progress.done, total: progress.total))
    }

    /// Shows how far a fetch has got.
    func show(_ progress: FetchProgress) {
        show(State(label: "fetching \(progress.phase)", done: progress.done, total: progress.total, detail: "\(ByteSize(progress.bytes))"))
    }

    /// Redraws the line for `state`, at most every ``interval`` unless the step is done or new.
    func show(_ state: State) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let isNewStep = state.label != self.state?.label
        if isNewStep { stepStart = now }
        self.state = state
        guard isNewStep || state.done == state.total || now.timeIntervalSince(lastDraw) >= ProgressLine.interval else { return }
        draw(now)
        startTimer()
    }

    /// Removes the line, if one was drawn.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        state = nil
        guard drawn else { return }
        drawn = false
        write("\r\u{1B}[K")
    }

    /// The line's text for `state`, `elapsed` seconds into its step, cut to `width` columns.
    static func text(_ state: State, elapsed: Double, width: Int = 80) -> String {
        var parts = [state.label]
        if state.total > 0 {
            parts.append("\(grouped(state.done))/\(grouped(state.total))")
            if let detail = state.detail { parts.append(detail) }
            parts.append("[\(bar(state))]")
            if state.detail == nil { parts.append("\(state.done * 100 / state.total)%") }
            if let estimate = estimate(state, elapsed: elapsed) { parts.append(estimate) }
        } else {
            parts[0] += "…"
            if let detail = state.detail { parts.append(detail) }
            parts.append(duration(elapsed))
        }
        return String(parts.joined(separator: "  ").prefix(max(10, width - 1)))
    }

    /// `[=====>     ]`'s inside.
    static func bar(_ state: State) -> String {
        let share = state.total > 0 ? min(1, Double(state.done) / Double(state.total)) : 1
        let filled = min(barWidth, Int(share * Double(barWidth)))
        let head = filled < barWidth ? ">" : ""
        return String(repeating: "=", count: filled) + head + String(repeating: " ", count: max(0, barWidth - filled - head.count))
    }

    /// `about 50 s left`, once the step has run ``estimateAfter`` seconds and finished something,
    /// while a second or more is left.
    static func estimate(_ state: State, elapsed: Double) -> String? {
        guard elapsed >= estimateAfter, state.done > 0, state.done < state.total else { return nil }
        let left = elapsed / Double(state.done) * Double(state.total - state.done)
        return left >= 0.5 ? "about \(duration(left)) left" : nil
    }

    /// `7 s`, `2 min 5 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    /// `10,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    /// Draws the current state; the lock is held.
    private func draw(_ now: Date) {
        guard let state else { return }
        lastDraw = now
        drawn = true
        write("\r\u{1B}[K" + ProgressLine.text(state, elapsed: now.timeIntervalSince(stepStart), width: Terminal.columns()))
    }

    /// Redraws every half second, so the time and the estimate move while nothing is reported.
    private func startTimer() {
        guard timer == nil else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            defer { self.lock.unlock() }
            if self.state != nil { self.draw(Date()) }
        }
        timer.resume()
        self.timer = timer
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
