/// What the build cache (`.broadsheet/cache/` in the site folder) did for a build: whether the
/// build was over at once because nothing had changed, and how many articles the convert and
/// render steps worked out or took from the last build.
public struct CacheTally: Hashable, Sendable {
    /// Whether nothing had changed since the last build (inputs, settings, program and the
    /// output folder itself): the output was left as it was and the last build's report given.
    public var upToDate: Bool
    /// Feed entries converted from HTML in this build.
    public var converted: Int
    /// Feed entries whose Markdown was taken from the cache.
    public var convertReused: Int
    /// Articles rendered from Markdown in this build.
    public var rendered: Int
    /// Articles whose rendering was taken from the cache.
    public var renderReused: Int
    /// Input files read to tell whether they changed (the others' stamps were unchanged).
    public var inputsHashed: Int

    /// Creates a tally; a build without a cache (loose feed files) has all zeros.
    public init(upToDate: Bool = false, converted: Int = 0, convertReused: Int = 0, rendered: Int = 0, renderReused: Int = 0,
                inputsHashed: Int = 0) {
        self.upToDate = upToDate
        self.converted = converted
        self.convertReused = convertReused
        self.rendered = rendered
        self.renderReused = renderReused
        self.inputsHashed = inputsHashed
    }
}
