extension GDImage {
    /// A copy turned and mirrored as Exif `orientation` (1 to 8) asks, so it shows upright;
    /// itself when it is 1 or unknown.
    func upright(_ orientation: Int) throws(ImageError) -> GDImage {
        guard (2...8).contains(orientation) else { return self }
        let turned = orientation >= 5
        let (shownWidth, shownHeight) = turned ? (height, width) : (width, height)
        let copy = try GDImage.blank(width: shownWidth, height: shownHeight, background: 0)
        let source = pointer.pointee.tpixels!
        let target = copy.pointer.pointee.tpixels!
        let (lastX, lastY) = (width - 1, height - 1)
        for y in 0..<shownHeight {
            let row = target[y]!
            for x in 0..<shownWidth {
                let (sourceX, sourceY): (Int, Int)
                switch orientation {
                case 2: (sourceX, sourceY) = (lastX - x, y)
                case 3: (sourceX, sourceY) = (lastX - x, lastY - y)
                case 4: (sourceX, sourceY) = (x, lastY - y)
                case 5: (sourceX, sourceY) = (y, x)
                case 6: (sourceX, sourceY) = (y, lastY - x)
                case 7: (sourceX, sourceY) = (lastX - y, lastY - x)
                default: (sourceX, sourceY) = (lastX - y, x)
                }
                row[x] = source[sourceY]![sourceX]
            }
        }
        return copy
    }
}
