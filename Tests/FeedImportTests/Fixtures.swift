import Foundation

/// Where test inputs live: fixture files of this target, and the shared seed data beside the
/// repository (`../shared/data/seed/`, also there in CI).
enum Fixtures {
    /// The bytes of `Fixtures/<name>`.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            throw FixtureError(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// The bytes of a file in the shared seed folder.
    static func seed(_ name: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("../shared/data/seed/" + name))
    }
}

