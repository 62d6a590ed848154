/// A fixture file that is missing from the test bundle.
struct FixtureError: Error, CustomStringConvertible {
    let name: String
    var description: String { "fixture \(name) is missing from Tests/FeedImportTests/Fixtures" }
}
