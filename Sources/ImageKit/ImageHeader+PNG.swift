extension ImageHeader {
    /// PNG: after the signature, the IHDR chunk (length 13) with width and height.
    static func readPNG(_ view: ByteView) -> ImageHeader? {
        guard view.u32be(8) == 13, view.matches(12, "IHDR"),
              let width = view.u32be(16), let height = view.u32be(20) else { return nil }
        return ImageHeader(format: .png, width: width, height: height)
    }
}
