extension ImageHeader {
    /// JPEG: walks the segments from SOI to the first frame header (SOF0 to SOF15, leaving
    /// out DHT, JPG and DAC), which holds the height and width; an Exif APP1 segment on the
    /// way gives the orientation. Each segment moves the walk forward by its length, so the
    /// walk is linear; scan data (SOS) or the end (EOI) before a frame header gives nil.
    static func readJPEG(_ view: ByteView) -> ImageHeader? {
        var offset = 2
        var orientation = 1
        while offset < view.count {
            guard view.u8(offset) == 0xFF else { return nil }
            var markerAt = offset + 1
            while view.u8(markerAt) == 0xFF { markerAt += 1 }   // fill bytes
            guard let marker = view.u8(markerAt) else { return nil }
            let segment = markerAt + 1
            if marker == 0x01 || marker == 0xD8 || (0xD0...0xD7).contains(marker) { offset = segment; continue }
            if marker == 0xD9 || marker == 0xDA { return nil }
            guard let length = view.u16be(segment), length >= 2 else { return nil }
            if isFrameMarker(marker) {
                guard let height = view.u16be(segment + 3), let width = view.u16be(segment + 5) else { return nil }
                let turned = orientation >= 5
                return ImageHeader(format: .jpeg, width: turned ? height : width, height: turned ? width : height,
                                   orientation: orientation)
            }
            if marker == 0xE1, view.matches(segment + 2, "Exif\0\0") {
                orientation = exifOrientation(view, tiff: segment + 8, end: segment + length) ?? orientation
            }
            offset = segment + length
        }
        return nil
    }

    private static func isFrameMarker(_ marker: Int) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// The Orientation tag (0x0112) of the first IFD of the TIFF structure at `tiff`, read
    /// only within the segment (before `end`); nil when absent or not 1 to 8.
    private static func exifOrientation(_ view: ByteView, tiff: Int, end: Int) -> Int? {
        let little: Bool
        if view.matches(tiff, "II*\0") { little = true } else if view.matches(tiff, "MM\0*") { little = false } else { return nil }
        func u16(_ at: Int) -> Int? { at + 2 <= end ? (little ? view.u16le(at) : view.u16be(at)) : nil }
        func u32(_ at: Int) -> Int? { at + 4 <= end ? (little ? view.u32le(at) : view.u32be(at)) : nil }
        guard let ifdOffset = u32(tiff + 4), let count = u16(tiff + ifdOffset) else { return nil }
        let first = tiff + ifdOffset + 2
        for index in 0..<max(0, min(count, (end - first) / 12)) {
            let entry = first + index * 12
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112 {
                guard u16(entry + 2) == 3, let value = u16(entry + 8), (1...8).contains(value) else { return nil }
                return value
            }
        }
        return nil
    }
}
