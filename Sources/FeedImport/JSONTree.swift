/// JSON text read into a ``JSONValue``, as much of it as could be read, without recursion.
///
/// Built from ``JSONScanner``'s tokens, so it reads what the scanner tolerates, and two more
/// things:
/// - nesting deeper than ``depthLimit``: each value that would open level 513 is left out and
///   replaced by `null` (``cutValues`` counts them), so a hostile file can neither overflow the
///   stack nor make values too deep to free;
/// - text that stops early (a cut file) or breaks: everything complete before the stop is kept.
///   Unfinished containers are closed; an unfinished element of an array is dropped (a feed
///   cut inside its third item keeps two items), an unfinished object member whose value is an
///   object or array is kept with what it holds, an unfinished string or number is dropped.
struct JSONTree {
    /// The deepest nesting kept.
    static let depthLimit = 512

    /// The value read; nil when the text holds no value at all.
    private(set) var root: JSONValue?
    /// Where and why the text stopped early, if it did.
    private(set) var stop: JSONStop?
    /// How many values were left out for nesting deeper than ``depthLimit``.
    private(set) var cutValues = 0
    /// The byte offset of the first value left out for nesting, if any.
    private(set) var firstCut: Int?
    /// For each member of a top-level object whose value is an array, the byte offset at which
    /// each element starts (to give items a line).
    private(set) var elementOffsets: [String: [Int]] = [:]

    private struct Frame {
        var isObject: Bool
        var members: [String: JSONValue] = [:]
        var elements: [JSONValue] = []
        var key: String?

        var value: JSONValue { isObject ? .object(members) : .array(elements) }
    }

    private var frames: [Frame] = []

    /// Reads `bytes`.
    init(_ bytes: [UInt8]) {
        var scanner = JSONScanner(bytes)
        while let token = scanner.next() {
            if case .key(let key) = token {
                frames[frames.count - 1].key = key
                continue
            }
            if token != .objectEnd, token != .arrayEnd { recordOffset(scanner.tokenStart) }
            switch token {
            case .objectStart, .arrayStart:
                if frames.count == Self.depthLimit {
                    skip(&scanner)
                    add(.null)
                } else {
                    frames.append(Frame(isObject: token == .objectStart))
                }
            case .objectEnd, .arrayEnd:
                add(frames.removeLast().value)
            case .string(let text): add(.string(text))
            case .number(let text): add(.number(text))
            case .bool(let flag): add(.bool(flag))
            case .null: add(.null)
            case .key: break
            }
        }
        stop = scanner.stop
        closeUnfinished()
    }

    /// Attaches a finished value to the open container, or makes it the root.
    private mutating func add(_ value: JSONValue) {
        guard !frames.isEmpty else {
            root = value
            return
        }
        let last = frames.count - 1
        if frames[last].isObject {
            if let key = frames[last].key { frames[last].members[key] = value }
            frames[last].key = nil
        } else {
            frames[last].elements.append(value)
        }
    }

    /// Consumes the container just opened, whatever it holds, and counts it as cut.
    private mutating func skip(_ scanner: inout JSONScanner) {
        if firstCut == nil { firstCut = scanner.tokenStart }
        cutValues += 1
        let outside = scanner.depth - 1
        while scanner.depth > outside, scanner.next() != nil {}
    }

    private mutating func recordOffset(_ offset: Int) {
        guard frames.count == 2, !frames[1].isObject, frames[0].isObject, let key = frames[0].key else { return }
        elementOffsets[key, default: []].append(offset)
    }

    /// Closes what the stop left open (see the type's documentation).
    private mutating func closeUnfinished() {
        while let frame = frames.popLast() {
            if let parent = frames.last, !parent.isObject { continue }
            add(frame.value)
        }
    }
}
