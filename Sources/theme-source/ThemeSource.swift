import Foundation

/// Writes the Swift source that holds the default theme (run by the `EmbedTheme` build plugin):
///
///     theme-source LAYOUTS_FOLDER OUTPUT.swift PATH...
///
/// Each PATH, relative to LAYOUTS_FOLDER, becomes one `(path, base64)` entry of
/// `DefaultTheme.encodedFiles`, in the order given. Base64 in a string literal compiles in a
/// fraction of the time a `[UInt8]` literal of the same bytes takes, and holds any bytes.
@main
struct ThemeSource {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            fail("usage: theme-source LAYOUTS_FOLDER OUTPUT.swift PATH...")
        }
        let root = URL(fileURLWithPath: arguments[1], isDirectory: true)
        var source = """
        // Generated at build time by theme-source from Layouts/ (the EmbedTheme plugin): do not edit.

        extension DefaultTheme {
            /// Every file of `Layouts/`: its `/`-separated relative path and its bytes in base64.
            static let encodedFiles: [(path: String, base64: String)] = [

        """
        for path in arguments.dropFirst(3) {
            let data: Data
            do {
                data = try Data(contentsOf: root.appendingPathComponent(path))
            } catch {
                fail("theme-source: cannot read \(root.appendingPathComponent(path).path): \(error.localizedDescription)")
            }
            source += "        (\(literal(path)), \"\(data.base64EncodedString())\"),\n"
        }
        source += "    ]\n}\n"
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
        } catch {
            fail("theme-source: cannot write \(arguments[2]): \(error.localizedDescription)")
        }
    }

    /// `text` as a Swift string literal: quotes, backslashes and control characters escaped.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
