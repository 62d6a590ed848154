import Foundation
import Testing

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

    /// Whether the shared seed folder is there (it is beside the repository in CI, not in a
    /// lone clone: tests that read it are skipped then, with this reason).
    static let hasSeed = FileManager.default.fileExists(atPath: seedFolder.path)

    /// Why seed tests are skipped in a lone clone.
    static let seedMissing: Comment = "needs ../shared/data/seed beside the repository"

    /// The shared seed folder.
    static let seedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/data/seed")

    /// The bytes of a file in the shared seed folder.
    static func seed(_ name: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("../shared/data/seed/" + name))
    }
}

