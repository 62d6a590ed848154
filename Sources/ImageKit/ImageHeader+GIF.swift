extension ImageHeader {
    /// GIF 87a or 89a: the logical screen's width and height.
    static func readGIF(_ view: ByteView) -> ImageHeader? {
        guard let width = view.u16le(6), let height = view.u16le(8) else { return nil }
        return ImageHeader(format: .gif, width: width, height: height)
    }
}
