extension ImageHeader {
    /// WebP: the first chunk after `RIFF….WEBP` is `VP8 ` (lossy: a key frame's start code
    /// and 14-bit sizes), `VP8L` (lossless: a signature byte and 14-bit sizes minus one) or
    /// `VP8X` (extended: 24-bit canvas sizes minus one).
    static func readWebP(_ view: ByteView) -> ImageHeader? {
        let data = 20
        if view.matches(12, "VP8 ") {
            guard view.u8(data + 3) == 0x9D, view.u8(data + 4) == 0x01, view.u8(data + 5) == 0x2A,
                  let width = view.u16le(data + 6), let height = view.u16le(data + 8) else { return nil }
            return ImageHeader(format: .webp, width: width & 0x3FFF, height: height & 0x3FFF)
        }
        if view.matches(12, "VP8L") {
            guard view.u8(data) == 0x2F, let bits = view.u32le(data + 1) else { return nil }
            return ImageHeader(format: .webp, width: (bits & 0x3FFF) + 1, height: (bits >> 14 & 0x3FFF) + 1)
        }
        if view.matches(12, "VP8X") {
            guard let width = view.u24le(data + 4), let height = view.u24le(data + 7) else { return nil }
            return ImageHeader(format: .webp, width: width + 1, height: height + 1)
        }
        return nil
    }
}
