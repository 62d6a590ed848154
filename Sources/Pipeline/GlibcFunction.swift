import Foundation

/// A glibc function that Glibc's Swift module does not export (`syncfs`, `renameat2`,
/// `malloc_trim`), looked up in the running process by name.
enum GlibcFunction {
    /// The function `name` as `type` (a `@convention(c)` function type); nil where the system
    /// has none, and everywhere but Linux.
    static func named<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
        #else
        return nil
        #endif
    }
}
