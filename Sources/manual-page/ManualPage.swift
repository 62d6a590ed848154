import Foundation

/// Writes Broadsheet's manual page, `broadsheet.1`, from the help texts of the binary given
/// (`make install` runs it):
///
///     manual-page .build/release/broadsheet > broadsheet.1
///
/// Every command, argument, option and flag the binary's `--help` shows is in the page, in the
/// same words, read from the binary itself (`--experimental-dump-help`, `--version`), so the
/// page never lags behind the help. The page carries no date, so the same binary always gives
/// the same bytes. Written with the classic `man` macros; examples are kept as literal blocks.
@main
struct ManualPage {
    static func main() {
        guard CommandLine.arguments.count == 2 else { fail("usage: manual-page BINARY > NAME.1") }
        let binary = CommandLine.arguments[1]
        let info: ToolInfo
        do {
            info = try JSONDecoder().decode(ToolInfo.self, from: Data(run(binary, ["--experimental-dump-help"]).utf8))
        } catch {
            fail("manual-page: \(binary) --experimental-dump-help did not give swift-argument-parser's help JSON (\(error))")
        }
        guard info.serializationVersion == 0 else { fail("manual-page: help JSON version \(info.serializationVersion); this reads version 0") }
        let version = run(binary, ["--version"]).split(separator: " ").prefix(2).joined(separator: " ")
        print(page(info.command, version: version), terminator: "")
    }

    /// The whole page for `tool`, whose `--version` begins with `version` (`broadsheet 0.1.0`).
    static func page(_ tool: ToolInfo.Command, version: String) -> String {
        var lines = [
            ".\\\" Generated from \(tool.commandName)'s help texts by manual-page: do not edit.",
            ".TH \(tool.commandName.uppercased()) 1 \"\" \"\(Roff.escaped(version))\" \"User Commands\"",
            ".SH NAME",
            Roff.escaped(tool.commandName) + " \\- " + Roff.escaped(tool.abstract ?? ""),
            ".SH SYNOPSIS",
            Roff.bold(tool.commandName) + " " + Roff.italic("command") + " [" + Roff.italic("options") + "]",
        ]
        lines += [".SH DESCRIPTION"] + Roff.paragraphs(tool.discussion ?? "")
        lines += [".SH OPTIONS"] + arguments(tool.arguments ?? [], standard: true)
        lines += [".SH COMMANDS"]
        for (path, command) in commands(below: tool, path: tool.commandName) {
            lines += [".SS " + quoted(Roff.escaped(path)), ".PP", ".nh", ".ad l", synopsis(path, command), ".ad", ".hy"]
            lines += Roff.paragraphs(command.abstract ?? "") + Roff.paragraphs(command.discussion ?? "")
            lines += arguments(command.arguments ?? [], standard: false)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every displayed command below `command`, depth first, with its full name
    /// (`broadsheet layouts export`). `help` is left out: it repeats `--help`.
    static func commands(below command: ToolInfo.Command, path: String) -> [(String, ToolInfo.Command)] {
        var out: [(String, ToolInfo.Command)] = []
        for sub in command.subcommands ?? [] where sub.shouldDisplay != false && sub.commandName != "help" {
            let name = path + " " + sub.commandName
            out.append((name, sub))
            out += commands(below: sub, path: name)
        }
        return out
    }

    /// `broadsheet build [inputs ...] [--output output] [--verbose]` in roff: names in bold,
    /// values in italics, what may be left out in brackets.
    static func synopsis(_ path: String, _ command: ToolInfo.Command) -> String {
        var words = [Roff.bold(path)]
        for argument in command.arguments ?? [] where argument.shouldDisplay != false && !argument.isStandard {
            var word = argument.kind == .positional ? Roff.italic(argument.valueName ?? "") : Roff.bold(preferredName(argument))
            if argument.kind == .option { word += " " + Roff.italic(argument.valueName ?? "value") }
            if argument.isRepeating { word += " ..." }
            words.append(argument.isOptional ? "[" + word + "]" : word)
        }
        if !(command.subcommands ?? []).isEmpty { words.append(Roff.italic("command")) }
        return words.joined(separator: " ")
    }

    /// Each argument as a tagged paragraph: its names and value, then its help and default.
    /// `standard` keeps `--help` and `--version`, shown once for the top command.
    static func arguments(_ arguments: [ToolInfo.Argument], standard: Bool) -> [String] {
        var lines: [String] = []
        for argument in arguments where argument.shouldDisplay != false && argument.isStandard == standard {
            var tag = argument.kind == .positional
                ? Roff.italic(argument.valueName ?? "")
                : (argument.names ?? []).sorted { $0.typed.count < $1.typed.count }.map { Roff.bold($0.typed) }.joined(separator: ", ")
            if argument.kind == .option { tag += " " + Roff.italic(argument.valueName ?? "value") }
            if argument.isRepeating { tag += " ..." }
            var help = argument.abstract ?? ""
            if let value = argument.defaultValue, !value.isEmpty { help += " (default: \(value))" }
            lines += [".TP", tag, Roff.escaped(help)]
            if let discussion = argument.discussion, !discussion.isEmpty { lines += Roff.paragraphs(discussion) }
        }
        return lines
    }

    /// The long name an option is known by (`--output`), else its first one.
    static func preferredName(_ argument: ToolInfo.Argument) -> String {
        let names = argument.names ?? []
        return (names.first { $0.kind == "long" } ?? names.first)?.typed ?? ""
    }

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\(dq") + "\"" }

    /// The standard output of `binary arguments`; stops the tool when it cannot run.
    static func run(_ binary: String, _ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { fail("manual-page: cannot run \(binary): \(error.localizedDescription)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { fail("manual-page: \(binary) \(arguments.joined(separator: " ")) ended with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
