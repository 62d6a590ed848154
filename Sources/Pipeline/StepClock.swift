import Dispatch

/// Measures how long each named step of a build takes, for `broadsheet build --timings`.
struct StepClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    /// Step names with their seconds, in order.
    private(set) var laps: [(step: String, seconds: Double)] = []

    /// Ends the step `name`, started when the previous one ended.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }
}
