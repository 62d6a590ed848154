import FlyingSocks
import Foundation

/// An event stream's text as the bytes of a response body that never ends on its own:
/// FlyingFox sends each piece as an HTTP chunk as soon as it is yielded, until the stream
/// finishes (the server stops) or the page goes away.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    /// The pieces of text to send, in order.
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(pieces: stream.makeAsyncIterator())
    }

    /// Hands out each piece whole, or in parts of at most the size asked for.
    struct Iterator: AsyncBufferedIteratorProtocol {
        var pieces: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            while pending.isEmpty {
                guard let piece = await pieces.next() else { return nil }
                pending = Array(piece)
            }
            let part = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(part.count)
            return part
        }
    }
}
