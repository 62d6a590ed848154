import Foundation

/// Hands memory the build has freed back to the system (glibc's `malloc_trim`), between
/// steps whose working sets differ: what the book step let go of is otherwise kept by the
/// allocator, and the site step's pages are laid on top of it.
enum MemoryTrim {
    /// Releases the free memory at the top of the heap and in whole free pages.
    static func giveBack() {
        _ = mallocTrim?(0)
    }

    /// glibc's `malloc_trim`, looked up at run time (Glibc's Swift module does not export
    /// it); nil elsewhere, and nothing is done.
    private static let mallocTrim = GlibcFunction.named("malloc_trim", as: (@convention(c) (Int) -> Int32).self)
}
