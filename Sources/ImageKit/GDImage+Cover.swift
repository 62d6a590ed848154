import CGD

extension GDImage {
    /// Draws this picture over the rectangle of `target` at (`x`, `y`), `width`×`height`,
    /// scaled to cover it all and cropped around its centre (CSS's `object-fit: cover`).
    func drawCovering(_ target: GDImage, x: Int, y: Int, width boxWidth: Int, height boxHeight: Int) {
        let scale = max(Double(boxWidth) / Double(width), Double(boxHeight) / Double(height))
        let cropWidth = min(width, max(1, Int((Double(boxWidth) / scale).rounded())))
        let cropHeight = min(height, max(1, Int((Double(boxHeight) / scale).rounded())))
        gdImageCopyResampled(target.pointer, pointer, Int32(x), Int32(y), Int32((width - cropWidth) / 2), Int32((height - cropHeight) / 2),
                             Int32(boxWidth), Int32(boxHeight), Int32(cropWidth), Int32(cropHeight))
    }

    /// Fills a rectangle with an opaque `color`.
    func fill(x: Int, y: Int, width boxWidth: Int, height boxHeight: Int, color: Int32) {
        gdImageFilledRectangle(pointer, Int32(x), Int32(y), Int32(x + boxWidth - 1), Int32(y + boxHeight - 1), color)
    }
}
