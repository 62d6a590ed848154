/// How far a long step of a build or an import has got, for a progress line: `converting
/// articles`, 3,400 of 10,000.
public struct StepProgress: Hashable, Sendable {
    /// What the step does, in words: `converting articles`, `writing files`.
    public var step: String
    /// Items finished in this step.
    public var done: Int
    /// Items in this step; 0 when the step is not counted (only its start is reported).
    public var total: Int

    /// Creates a progress report.
    public init(step: String, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = total
    }
}

/// Where a build or an import reports its ``StepProgress``: called one call at a time, from any thread.
public typealias ProgressHandler = @Sendable (StepProgress) -> Void
