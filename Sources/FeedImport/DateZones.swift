/// Time zone names feeds write after a time, and their offsets from UTC.
///
/// An abbreviation that means several zones gets the one feeds mean most often: `CST` is US
/// Central (not China), `IST` is India (not Ireland or Israel), `AST` is Atlantic (not Arabia),
/// `BST` is British Summer Time. Single letters are the military zones with the signs RFC 822
/// wrote and feed readers (feedparser among them) still apply: `A` is -01:00 … `M` -12:00,
/// `N` is +01:00 … `Y` +12:00, `Z` is UTC; there is no `J`. (RFC 1123 says 822 had the signs
/// backwards; following the readers keeps our instants the same as theirs.)
enum DateZones {
    /// The offset in seconds of a lowercased zone name, or nil when the name is not a zone.
    static func offset(of name: String) -> Int? {
        if let minutes = named[name] { return minutes * 60 }
        return military(name)
    }

    /// Names that mean UTC itself, so that `GMT+1` and `UTC-05:30` can follow with an offset.
    static let utcNames: Set<String> = ["gmt", "ut", "utc", "uct", "z", "zulu"]

    private static func military(_ name: String) -> Int? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count == 1, let letter = scalars.first, letter.isASCII, letter != "j" else { return nil }
        let v = Int(letter.value)
        switch letter {
        case "a"..."i": return -(v - 0x60) * 3600
        case "k"..."m": return -(v - 0x61) * 3600
        case "n"..."y": return (v - 0x6D) * 3600
        case "z": return 0
        default: return nil
        }
    }

    /// Offsets in minutes.
    private static let named: [String: Int] = [
        // UTC
        "gmt": 0, "ut": 0, "utc": 0, "uct": 0, "zulu": 0, "wet": 0, "west": 60,
        // North America (the generic `ET`, `CT`, … as standard time, like feedparser)
        "ast": -240, "adt": -180, "at": -240, "est": -300, "edt": -240, "et": -300,
        "cst": -360, "cdt": -300, "ct": -360, "mst": -420, "mdt": -360, "mt": -420,
        "pst": -480, "pdt": -420, "pt": -480, "akst": -540, "akdt": -480, "hst": -600, "hdt": -540,
        "nst": -210, "ndt": -150, "sst": -660,
        // Europe
        "bst": 60, "ist": 330, "cet": 60, "cest": 120, "met": 60, "mest": 120, "mez": 60, "mesz": 120,
        "eet": 120, "eest": 180, "msk": 180,
        // Asia and the Pacific
        "pkt": 300, "ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "pht": 480, "awst": 480,
        "jst": 540, "kst": 540, "acst": 570, "acdt": 630, "aest": 600, "aedt": 660,
        "nzst": 720, "nzdt": 780,
    ]
}
