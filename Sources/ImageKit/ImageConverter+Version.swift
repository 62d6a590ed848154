import CGD

extension ImageConverter {
    /// The version of the libgd this binary runs with, as the library reports it (`2.3.3`).
    public static var libraryVersion: String { String(cString: gdVersionString()) }
}
