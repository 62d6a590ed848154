import Foundation

/// The fuzz targets: functions that take arbitrary bytes, run one part of Broadsheet on them
/// and trap (through `precondition`) when a property that must hold for every input fails.
/// Used by `broadsheet-fuzz` (under libFuzzer, or replaying files) and by the seed-corpus
/// test, so the corpus in `fuzz/corpus/<target>/` is checked by every `make test`.
///
/// ```swift
/// FuzzTargets.run("html", Data("<p>Hi</p>".utf8))   // true: the target exists and held
/// ```
public enum FuzzTargets {
    /// Every target by the name used for `FUZZ_TARGET`, the corpus folder and the command line.
    public static let all: [(name: String, run: @Sendable (Data) -> Void)] = [
        ("feed", feed),
        ("html", html),
        ("frontmatter", frontMatter),
        ("siteconfig", siteConfig),
        ("image", image),
    ]

    /// The names of every target, in the order of ``all``.
    public static var names: [String] { all.map(\.name) }

    /// Runs the target called `name` on `data`; false when there is no such target.
    @discardableResult
    public static func run(_ name: String, _ data: Data) -> Bool {
        guard let target = all.first(where: { $0.name == name }) else { return false }
        target.run(data)
        return true
    }

    /// Traps with `message` and the input when `condition` is false. The input is shown
    /// escaped and cut to 2,000 characters, so the crash log says what broke on what; it is
    /// written to standard error first, since an optimised build drops a precondition's message.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String, input: @autoclosure () -> String) {
        guard !condition else { return }
        let text = "fuzz property failed: \(message())\n  input: \(String(input().prefix(2_000)).debugDescription)\n"
        FileHandle.standardError.write(Data(text.utf8))
        preconditionFailure(text)
    }

    /// True when `text`'s bytes are well-formed UTF-8 (a Swift String can hold no other,
    /// so this checks the bridge from whatever produced it, not Swift itself).
    static func isValidUTF8(_ text: String) -> Bool {
        String(validating: Array(text.utf8), as: UTF8.self) != nil
    }
}
