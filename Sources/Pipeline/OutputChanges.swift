/// What a build changed in its output folder, file by file, compared with the output it replaced.
public struct OutputChanges: Hashable, Sendable {
    /// Files written: new ones and ones whose bytes changed.
    public var written: Int
    /// Files whose bytes were already there: linked from the previous output, so they keep their
    /// inode and modification time (rsync and backups see them as unchanged).
    public var unchanged: Int
    /// Files of the previous output that the new one leaves out.
    public var removed: Int

    /// Creates the counts.
    public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
