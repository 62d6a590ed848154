import CLibXML2

extension MarkupParser {
    /// The version of the libxml2 this binary runs with, as the library reports it
    /// (`xmlParserVersion`, `20914`), written the usual way: `2.9.14`.
    public static var libraryVersion: String {
        guard let pointer = __xmlParserVersion()?.pointee else { return "unknown" }
        let code = String(cString: pointer)
        guard let number = Int(code) else { return code }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
