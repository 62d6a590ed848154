/// Expands the WordPress shortcodes of a post's HTML (run after ``WPAutoP``, as WordPress does)
/// into plain HTML, using the export's attachments:
///
/// - `[caption …]<img …> Text[/caption]` → `<figure><img …><figcaption>Text</figcaption></figure>`
///   (an `<a>` around the image is kept; the old `caption="…"` attribute works too);
/// - `[gallery ids="1,2"]` (or `include`) → one figure per attachment, with its alt text and
///   caption; without ids, the images uploaded to the post (`wp:post_parent`), minus `exclude`;
/// - `[embed]URL[/embed]`, `[video src=…]`, `[audio mp3=…]` → a link to the address (removed,
///   and listed in ``removed``, when it is no http or https address);
/// - any other shortcode is removed, keeping what it encloses, and listed in ``removed``.
///
/// A figure standing alone in a paragraph replaces the paragraph; so does a removed shortcode.
/// Shortcodes inside `<pre>`, `<code>`, `<script>`, `<style>` and `<textarea>`, and inside tags,
/// stay as written. A bracket that names no known shortcode and has no `=` attribute, no `-` or
/// `_` in its name, no `/]` and no end tag is text, not a shortcode: `[sic]`, `[citation needed]`.
struct Shortcodes {
    /// The export's attachments.
    let media: WXRMedia
    /// The post's `wp:post_id`, for galleries without ids.
    let postID: Int?
    /// The shortcodes removed so far, as `[name]` or `[/name]`, in order.
    private(set) var removed: [String] = []
    /// Attachment ids that galleries named but the export does not hold.
    private(set) var missingAttachments: [Int] = []

    /// Creates an expander for one post.
    init(media: WXRMedia, postID: Int?) {
        self.media = media
        self.postID = postID
    }

    /// Shortcodes this expander draws itself.
    static let known: Set<String> = ["caption", "wp_caption", "gallery", "embed", "video", "audio"]

    /// Elements whose content is never searched for shortcodes.
    static let untouched: Set<String> = ["pre", "code", "script", "style", "textarea"]

    /// Hosts whose addresses, alone on a line, WordPress turns into an embedded video.
    static let videoHosts = ["youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com",
                             "dai.ly", "ted.com", "videopress.com", "twitch.tv", "tiktok.com"]

    /// How deeply unknown shortcodes may enclose one another before the rest is left as written.
    static let deepest = 32

    /// `html` with its shortcodes expanded.
    mutating func expand(_ html: String) -> String {
        guard html.contains("[") else { return html }
        var tokens = Self.tokens(of: html)
        let next = Self.nextOfSameName(tokens)
        return expand(&tokens, 0..<tokens.count, next: next, depth: 0)
    }

    // MARK: Tokens

    /// The HTML split into shortcode tags and the HTML between them.
    static func tokens(of html: String) -> [WXRShortcodeToken] {
        var tokens: [WXRShortcodeToken] = []
        var pending = ""
        for piece in WXRMarkupScanner.pieces(of: html, verbatim: untouched) {
            guard case .text(let text) = piece, text.contains("[") else {
                pending += piece.source
                continue
            }
            let bytes = Array(text.utf8)
            var start = 0
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "["), let (tag, end) = WXRShortcodeTag.parse(bytes, at: i) else {
                    i += 1
                    continue
                }
                pending += String(decoding: bytes[start..<i], as: UTF8.self)
                if !pending.isEmpty { tokens.append(.html(pending)) }
                pending = ""
                tokens.append(.shortcode(tag))
                i = end
                start = end
            }
            pending += String(decoding: bytes[start...], as: UTF8.self)
        }
        if !pending.isEmpty { tokens.append(.html(pending)) }
        return tokens
    }

    // MARK: Expanding

    private mutating func expand(_ tokens: inout [WXRShortcodeToken], _ range: Range<Int>, next: [Int],
                                 depth: Int) -> String {
        var out = ""
        var i = range.lowerBound
        while i < range.upperBound {
            guard case .shortcode(let tag) = tokens[i] else {
                out += tokens[i].source
                i += 1
                continue
            }
            var close: Int?
            if !tag.closing, !tag.selfClosing, next[i] < range.upperBound,
               case .shortcode(let end) = tokens[next[i]], end.closing {
                close = next[i]
            }
            guard tag.closing || close != nil || Self.known.contains(tag.name) || Self.looksLikeShortcode(tag) else {
                out += tag.source
                i += 1
                continue
            }
            let after = (close ?? i) + 1
            let inner = (i + 1)..<(close ?? i + 1)
            let (html, block) = depth < Self.deepest
                ? replacement(for: tag, &tokens, inner, next: next, depth: depth)
                : (tokens[i..<after].map(\.source).joined(), false)
            place(html, block: block, in: &out, before: &tokens, at: after, limit: range.upperBound)
            i = after
        }
        return out
    }

    /// What `tag` (with the tokens it encloses) becomes, and whether it is a block.
    private mutating func replacement(for tag: WXRShortcodeTag, _ tokens: inout [WXRShortcodeToken],
                                      _ inner: Range<Int>, next: [Int], depth: Int) -> (String, Bool) {
        let content = tokens[inner].map(\.source).joined()
        switch tag.closing ? "" : tag.name {
        case "caption", "wp_caption":
            return (Self.figure(caption: content, attribute: tag.attributes["caption"]), true)
        case "gallery":
            return (gallery(tag), true)
        case "embed", "video", "audio":
            if let link = Self.mediaAddress(tag, content: content).map(Self.link) { return (link, false) }
            removed.append(tag.label)
            return ("", true)
        default:
            break
        }
        removed.append(tag.label)
        return inner.isEmpty ? ("", true) : (expand(&tokens, inner, next: next, depth: depth + 1), false)
    }

    /// Adds `html` to `out`; a block takes the place of the paragraph it stands alone in, or
    /// ends the paragraph before it and starts a new one after it.
    private func place(_ html: String, block: Bool, in out: inout String, before tokens: inout [WXRShortcodeToken],
                       at next: Int, limit: Int) {
        var following = ""
        if next < limit, case .html(let text) = tokens[next] { following = text }
        let after = following.drop(while: \.isWhitespace)
        var end = out.endIndex
        while end > out.startIndex, out[out.index(before: end)].isWhitespace { end = out.index(before: end) }
        let opensParagraph = out[..<end].hasSuffix("<p>")
        let breaksLine = out[..<end].hasSuffix("<br />")
        guard block, opensParagraph || breaksLine else {
            out += html
            return
        }
        var rest = Substring(following)
        if html.isEmpty, !after.hasPrefix("</p>") {
            out.removeSubrange(end...)
            if after.hasPrefix("<br />") {
                rest = after.dropFirst(6)
                if opensParagraph { rest = rest.drop { $0 == "\n" } }
            }
        } else {
            out.removeSubrange(out.index(end, offsetBy: opensParagraph ? -3 : -6)...)
            if breaksLine { out += "</p>\n" }
            out += html
            if after.hasPrefix("</p>") {
                rest = after.dropFirst(4)
                if html.isEmpty { rest = rest.drop(while: \.isWhitespace) }
            } else {
                out += "\n<p>"
                if after.hasPrefix("<br />") { rest = after.dropFirst(6).drop { $0 == "\n" } }
            }
        }
        if next < limit, !following.isEmpty { tokens[next] = .html(String(rest)) }
    }

    /// For each token, the index of the next shortcode tag with the same name (start or end),
    /// or the token count when there is none.
    private static func nextOfSameName(_ tokens: [WXRShortcodeToken]) -> [Int] {
        var next = [Int](repeating: tokens.count, count: tokens.count)
        var seen: [String: Int] = [:]
        for k in tokens.indices.reversed() {
            guard case .shortcode(let tag) = tokens[k] else { continue }
            next[k] = seen[tag.name] ?? tokens.count
            seen[tag.name] = k
        }
        return next
    }

    /// Whether an unknown bracketed word is meant as a shortcode rather than as text.
    private static func looksLikeShortcode(_ tag: WXRShortcodeTag) -> Bool {
        tag.selfClosing || !tag.attributes.isEmpty || tag.name.contains("-") || tag.name.contains("_")
    }

    // MARK: Drawing

    /// `<figure>` with the leading image (or linked image) of `content` and the rest as caption.
    static func figure(caption content: String, attribute: String?) -> String {
        let trimmed = content.trimmingWhitespace
        let lower = trimmed.lowercased()
        var media = ""
        if lower.hasPrefix("<a"), let end = lower.range(of: "</a>") {
            media = String(trimmed[..<end.upperBound])
        } else if lower.hasPrefix("<img"), let end = trimmed.firstIndex(of: ">") {
            media = String(trimmed[...end])
        }
        var text = String(trimmed.dropFirst(media.count))
        text = stripping(text.trimmingWhitespace, "<br />", "<br>", "<br/>")
        if text.isEmpty { text = attribute?.trimmingWhitespace ?? "" }
        return "<figure>" + media + (text.isEmpty ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>"
    }

    /// One figure per image of the gallery.
    private mutating func gallery(_ tag: WXRShortcodeTag) -> String {
        let listed = Self.ids(tag.attributes["ids"] ?? tag.attributes["include"])
        var images: [WXRAttachment] = []
        if listed.isEmpty {
            let excluded = Set(Self.ids(tag.attributes["exclude"]))
            images = postID.map { media.images(childrenOf: $0) }?.filter { !excluded.contains($0.id) } ?? []
        } else {
            for id in listed {
                if let image = media.attachment(id) { images.append(image) } else { missingAttachments.append(id) }
            }
        }
        return images.map(Self.figure(of:)).joined(separator: "\n")
    }

    /// `<figure><img src alt><figcaption>caption</figcaption></figure>` for an attachment.
    static func figure(of image: WXRAttachment) -> String {
        let caption = image.caption.trimmingWhitespace
        return "<figure><img src=\"\(escaped(image.url))\" alt=\"\(escaped(image.alt))\">"
            + (caption.isEmpty ? "" : "<figcaption>\(caption)</figcaption>") + "</figure>"
    }

    /// The web address an embed, video or audio shortcode shows, if it is one.
    private static func mediaAddress(_ tag: WXRShortcodeTag, content: String) -> String? {
        let keys = ["src", "url", "mp4", "m4v", "webm", "ogv", "mp3", "m4a", "ogg", "wav"]
        let given = tag.name == "embed" ? PlainText.of(content) : ""
        let candidates = [given] + keys.compactMap { tag.attributes[$0] } + tag.positional
        let address = candidates.map { EntityDecoder.decode($0).trimmingWhitespace }.first { !$0.isEmpty }
        guard let address, address.lowercased().hasPrefix("http://") || address.lowercased().hasPrefix("https://"),
              !address.contains(where: \.isWhitespace) else { return nil }
        return address
    }

    /// `<a href="address">address</a>`.
    static func link(_ address: String) -> String {
        "<a href=\"\(escaped(address))\">\(escaped(address))</a>"
    }

    private static func ids(_ list: String?) -> [Int] {
        let text = list ?? ""
        return text.split(separator: ",").compactMap { Int(String($0).trimmingWhitespace) }
    }

    private static func stripping(_ text: String, _ breaks: String...) -> String {
        var text = text
        var changed = true
        while changed {
            changed = false
            for mark in breaks {
                if text.hasPrefix(mark) { text = String(text.dropFirst(mark.count)).trimmingWhitespace; changed = true }
                if text.hasSuffix(mark) { text = String(text.dropLast(mark.count)).trimmingWhitespace; changed = true }
            }
        }
        return text
    }

    /// Text made safe for an HTML attribute value or text.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    // MARK: Bare video addresses

    /// `text` (post content before ``WPAutoP``) with every line holding only a video address
    /// (YouTube, Vimeo, …) turned into an `[embed]` paragraph of its own, as WordPress embeds them.
    /// Lines inside `<pre>`, `<code>` and the like, or inside tags, are left alone.
    static func markingBareEmbeds(_ text: String) -> String {
        guard text.contains("://") else { return text }
        let pieces = WXRMarkupScanner.pieces(of: text, verbatim: untouched)
        var out = ""
        for (k, piece) in pieces.enumerated() {
            guard case .text(let chunk) = piece else {
                out += piece.source
                continue
            }
            let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false)
            let startsLine = k == 0 || pieces[k - 1].source.hasSuffix("\n")
            for (j, line) in lines.enumerated() {
                if j > 0 { out += "\n" }
                let whole = (j > 0 || startsLine) && (j < lines.count - 1 || k == pieces.count - 1)
                let address = String(line).trimmingWhitespace
                out += whole && isVideoAddress(address) ? "\n[embed]\(address)[/embed]\n" : String(line)
            }
        }
        return out
    }

    /// Whether `text` is an http(s) address on one of ``videoHosts``.
    static func isVideoAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard !text.isEmpty, !text.contains(where: \.isWhitespace), !text.contains("<"),
              let scheme = lower.range(of: "://"), ["http", "https"].contains(lower[..<scheme.lowerBound]) else {
            return false
        }
        let host = lower[scheme.upperBound...].prefix { !"/?#:".contains($0) }
        return videoHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
