/// The part of swift-argument-parser's `--experimental-dump-help` JSON (serialization
/// version 0) a manual page is made of: each command with its texts, arguments and
/// subcommands.
struct ToolInfo: Decodable {
    /// The format's version; 0 is the one read here.
    let serializationVersion: Int
    /// The top command.
    let command: Command

    /// A command or subcommand.
    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let shouldDisplay: Bool?
        let arguments: [Argument]?
        let subcommands: [Command]?
    }

    /// A positional argument, an option or a flag.
    struct Argument: Decodable {
        enum Kind: String, Decodable { case positional, option, flag }

        /// `-o` (`short`), `--output` (`long`) or `-output` (`longWithSingleDash`).
        struct Name: Decodable {
            let kind: String
            let name: String

            /// The name as typed on a command line.
            var typed: String { kind == "long" ? "--" + name : "-" + name }
        }

        let kind: Kind
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let discussion: String?
        let defaultValue: String?
        let isOptional: Bool
        let isRepeating: Bool
        let shouldDisplay: Bool?

        /// `--help` and `--version`, which every subcommand repeats.
        var isStandard: Bool { kind == .flag && (names ?? []).contains { $0.name == "help" || $0.name == "version" } }
    }
}
