import Foundation

/// Text written as roff for the `man` macros.
enum Roff {
    /// `text` with roff's special characters escaped: a backslash, a minus (`\-`, so options
    /// can be copied from the page), and a `.` or `'` opening a line, which would make it a request.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        return out.hasPrefix(".") || out.hasPrefix("'") ? "\\&" + out : out
    }

    /// `text` in bold.
    static func bold(_ text: String) -> String { "\\fB" + escaped(text) + "\\fR" }

    /// `text` in italics (a value to fill in).
    static func italic(_ text: String) -> String { "\\fI" + escaped(text) + "\\fR" }

    /// A help text (an abstract or a discussion) as paragraphs: a blank line starts a new one;
    /// lines indented by two spaces or more (examples) are kept as they are, in an indented block.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        for block in text.components(separatedBy: "\n\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out.append(".PP")
            var literal = false
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                let isExample = line.hasPrefix("  ")
                if isExample != literal { out.append(isExample ? ".RS 2\n.nf" : ".fi\n.RE") }
                literal = isExample
                out.append(escaped(isExample ? String(line.dropFirst(2)) : String(line)))
            }
            if literal { out.append(".fi\n.RE") }
        }
        return out
    }
}
