/// One box of an ISO base media file (the container of AVIF): its four-letter type and where
/// its body lies. ``children(from:to:in:)`` lists the boxes inside a range, checking every length.
struct ISOBox {
    /// Where the box starts (its size field).
    let start: Int
    /// Where its body starts, after the size, the type and a 64-bit size if any.
    let body: Int
    /// Where it ends (one past its last byte).
    let end: Int

    /// Whether the box's type is `type`.
    func isType(_ type: String, in view: ByteView) -> Bool { view.matches(start + 4, type) }

    /// The boxes that tile `view` from `start` to `end`, in order; nil when a length is garbage
    /// (shorter than its header or reaching past `end`). A size of 0 runs to `end`. With
    /// `last`, the walk ends after the first box of that type (what follows is not checked).
    static func children(from start: Int, to end: Int, in view: ByteView, last: String? = nil) -> [ISOBox]? {
        guard start <= end else { return nil }
        var boxes: [ISOBox] = []
        var offset = start
        while offset < end {
            guard var size = view.u32be(offset), offset + 8 <= end else { return nil }
            var header = 8
            if size == 1 {
                guard let large = view.u64be(offset + 8) else { return nil }
                size = large
                header = 16
            } else if size == 0 {
                size = end - offset
            }
            guard size >= header, size <= end - offset else { return nil }
            let box = ISOBox(start: offset, body: offset + header, end: offset + size)
            boxes.append(box)
            if let last, box.isType(last, in: view) { break }
            offset += size
        }
        return boxes
    }

    /// The first box of `type` among `boxes`.
    static func first(_ type: String, in boxes: [ISOBox], view: ByteView) -> ISOBox? {
        boxes.first { $0.isType(type, in: view) }
    }
}
