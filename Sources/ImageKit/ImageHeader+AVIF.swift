extension ImageHeader {
    /// AVIF: an `ftyp` box naming the brand `avif` or `avis`, then in `meta` › `iprp` › `ipco`
    /// the `ispe` box (image spatial extents) of the primary item (`pitm`, through `ipma`),
    /// else the first one. A quarter-turn `irot` of the primary item swaps the sizes and is
    /// given as the matching Exif ``orientation``.
    static func readAVIF(_ view: ByteView) -> ImageHeader? {
        guard let top = ISOBox.children(from: 0, to: view.count, in: view, last: "meta"),
              let ftyp = top.first, ftyp.isType("ftyp", in: view), hasAVIFBrand(ftyp, view),
              let meta = ISOBox.first("meta", in: top, view: view),
              let inMeta = ISOBox.children(from: meta.body + 4, to: meta.end, in: view),
              let iprp = ISOBox.first("iprp", in: inMeta, view: view),
              let inIprp = ISOBox.children(from: iprp.body, to: iprp.end, in: view),
              let ipco = ISOBox.first("ipco", in: inIprp, view: view),
              let properties = ISOBox.children(from: ipco.body, to: ipco.end, in: view) else { return nil }
        var mine = properties
        if let pitm = ISOBox.first("pitm", in: inMeta, view: view), let primary = itemID(pitm, view),
           let ipma = ISOBox.first("ipma", in: inIprp, view: view), let indices = propertyIndices(of: primary, ipma, view) {
            mine = indices.compactMap { $0 >= 1 && $0 <= properties.count ? properties[$0 - 1] : nil }
        }
        guard let ispe = ISOBox.first("ispe", in: mine, view: view), ispe.body + 12 <= ispe.end,
              let width = view.u32be(ispe.body + 4), let height = view.u32be(ispe.body + 8) else { return nil }
        let orientation = ISOBox.first("irot", in: mine, view: view).flatMap { view.u8($0.body) }.map(exifOrientation) ?? 1
        let turned = orientation >= 5
        return ImageHeader(format: .avif, width: turned ? height : width, height: turned ? width : height, orientation: orientation)
    }

    private static func hasAVIFBrand(_ ftyp: ISOBox, _ view: ByteView) -> Bool {
        if view.matches(ftyp.body, "avif") || view.matches(ftyp.body, "avis") { return true }
        return stride(from: ftyp.body + 8, to: ftyp.end - 3, by: 4).contains { view.matches($0, "avif") || view.matches($0, "avis") }
    }

    /// The item id in a `pitm` box (16 bits in version 0, 32 bits after).
    private static func itemID(_ pitm: ISOBox, _ view: ByteView) -> Int? {
        guard let version = view.u8(pitm.body) else { return nil }
        let value = version == 0 ? view.u16be(pitm.body + 4) : view.u32be(pitm.body + 4)
        guard let value, pitm.body + 4 + (version == 0 ? 2 : 4) <= pitm.end else { return nil }
        return value
    }

    /// The 1-based `ipco` indices an `ipma` box associates with item `item`.
    private static func propertyIndices(of item: Int, _ ipma: ISOBox, _ view: ByteView) -> [Int]? {
        guard let version = view.u8(ipma.body), let flags = view.u8(ipma.body + 3),
              let entries = view.u32be(ipma.body + 4) else { return nil }
        let idSize = version < 1 ? 2 : 4
        let wide = flags & 1 == 1
        var offset = ipma.body + 8
        var entry = 0
        while entry < entries, offset < ipma.end {
            guard let id = idSize == 2 ? view.u16be(offset) : view.u32be(offset),
                  let count = view.u8(offset + idSize) else { return nil }
            offset += idSize + 1
            guard offset + count * (wide ? 2 : 1) <= ipma.end else { return nil }
            if id == item {
                return (0..<count).compactMap { index in
                    wide ? view.u16be(offset + index * 2).map { $0 & 0x7FFF } : view.u8(offset + index).map { $0 & 0x7F }
                }
            }
            offset += count * (wide ? 2 : 1)
            entry += 1
        }
        return nil
    }

    /// The Exif orientation of an `irot` angle (quarter turns anticlockwise).
    private static func exifOrientation(_ angle: Int) -> Int {
        switch angle & 3 {
        case 1: 8
        case 2: 3
        case 3: 6
        default: 1
        }
    }
}
