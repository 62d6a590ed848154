import ArticleModel
import MarkupTree

/// The one rule for which pictures an article uses: every `<img src>` of its rendered body
/// that is a web address, then its lead image. `fetch` downloads these; `build` looks them up
/// in the media store.
enum MediaSteps {
    /// The web addresses of the pictures in a sanitised body and the article's lead image, in
    /// order of first appearance, each once.
    static func imageAddresses(in body: MarkupElement, leadImage: String?) -> [String] {
        var seen = Set<String>()
        var addresses: [String] = []
        func add(_ address: String) {
            guard address.isWebAddress, seen.insert(address).inserted else { return }
            addresses.append(address)
        }
        func walk(_ element: MarkupElement) {
            if element.name == "img", let source = element.attribute("src") { add(source) }
            for child in element.children { if case .element(let inner) = child { walk(inner) } }
        }
        walk(body)
        if let leadImage { add(leadImage) }
        return addresses
    }

    /// The stored pictures among `addresses`, by address.
    static func stored(_ addresses: [String], in library: MediaLibrary) -> [String: MediaFile] {
        var found: [String: MediaFile] = [:]
        for address in addresses { if let file = library.file(for: address) { found[address] = file } }
        return found
    }

    /// The one note for the pictures of published articles that are not in the media store
    /// (`unstored`, their addresses), saying how to get them; nil when every picture is stored.
    static func unstoredNote(_ unstored: Set<String>, source: BuildRequest.Source) -> Diagnostic? {
        guard !unstored.isEmpty else { return nil }
        let one = unstored.count == 1
        let them = one ? "it" : "them"
        let hint = switch source {
        case .site(let folder): "run `broadsheet fetch \(folder.path)` to download \(them); `build` never does"
        case .feeds: "to have \(them) offline, import the feeds into a site folder (`broadsheet import FEED... --site DIR`) and run `broadsheet fetch DIR`"
        }
        return Diagnostic(.note, "\(one ? "1 picture is" : "\(unstored.count) pictures are") not in the media store: the site links \(them) from the web, and the book and digest show the text instead",
                          hint: hint)
    }
}
