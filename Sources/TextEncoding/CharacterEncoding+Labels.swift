extension CharacterEncoding {
    /// UTF-8.
    public static let utf8 = CharacterEncoding(name: "UTF-8", iconvName: "UTF-8")
    /// UTF-16, little-endian.
    public static let utf16LE = CharacterEncoding(name: "UTF-16LE", iconvName: "UTF-16LE", unitSize: 2)
    /// UTF-16, big-endian.
    public static let utf16BE = CharacterEncoding(name: "UTF-16BE", iconvName: "UTF-16BE", unitSize: 2)
    /// UTF-32, little-endian.
    public static let utf32LE = CharacterEncoding(name: "UTF-32LE", iconvName: "UTF-32LE", unitSize: 4)
    /// UTF-32, big-endian.
    public static let utf32BE = CharacterEncoding(name: "UTF-32BE", iconvName: "UTF-32BE", unitSize: 4)
    /// Windows-1252, which the labels `iso-8859-1`, `latin1` and `us-ascii` also mean; the
    /// fallback when nothing better is known.
    public static let windows1252 = CharacterEncoding(name: "windows-1252", iconvName: "CP1252")

    /// Every label of the WHATWG Encoding standard (https://encoding.spec.whatwg.org), plus
    /// UTF-32, by the encoding it means. Labels are lowercase.
    static let byLabel: [String: CharacterEncoding] = {
        var table: [String: CharacterEncoding] = [:]
        for (encoding, labels) in labelLists {
            for label in labels.split(separator: " ") { table[String(label)] = encoding }
        }
        return table
    }()

    /// Each encoding with its labels, space-separated.
    private static let labelLists: [(CharacterEncoding, String)] = [
        (.utf8, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
        (.utf16LE, "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
        (.utf16BE, "unicodefffe utf-16be"),
        (.utf32LE, "utf-32 utf-32le ucs-4 iso-10646-ucs-4"),
        (.utf32BE, "utf-32be"),
        (byte("IBM866", "IBM866"), "866 cp866 csibm866 ibm866"),
        (byte("ISO-8859-2"), "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"),
        (byte("ISO-8859-3"), "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"),
        (byte("ISO-8859-4"), "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"),
        (byte("ISO-8859-5"), "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"),
        (byte("ISO-8859-6"), "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
            + "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"),
        (byte("ISO-8859-7"), "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
            + "iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
        (byte("ISO-8859-8"), "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
            + "iso_8859-8 iso_8859-8:1988 visual"),
        (byte("ISO-8859-8-I", "ISO-8859-8"), "csiso88598i iso-8859-8-i logical"),
        (byte("ISO-8859-10"), "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
        (byte("ISO-8859-13"), "iso-8859-13 iso8859-13 iso885913"),
        (byte("ISO-8859-14"), "iso-8859-14 iso8859-14 iso885914"),
        (byte("ISO-8859-15"), "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
        (byte("ISO-8859-16"), "iso-8859-16"),
        (byte("KOI8-R"), "cskoi8r koi koi8 koi8-r koi8_r"),
        (byte("KOI8-U"), "koi8-ru koi8-u"),
        (byte("macintosh", "MACINTOSH"), "csmacintosh mac macintosh x-mac-roman"),
        (byte("windows-874", "WINDOWS-874"), "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
        (byte("windows-1250", "CP1250"), "cp1250 windows-1250 x-cp1250"),
        (byte("windows-1251", "CP1251"), "cp1251 windows-1251 x-cp1251"),
        (.windows1252, "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
            + "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"),
        (byte("windows-1253", "CP1253"), "cp1253 windows-1253 x-cp1253"),
        (byte("windows-1254", "CP1254"), "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
            + "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
        (byte("windows-1255", "CP1255"), "cp1255 windows-1255 x-cp1255"),
        (byte("windows-1256", "CP1256"), "cp1256 windows-1256 x-cp1256"),
        (byte("windows-1257", "CP1257"), "cp1257 windows-1257 x-cp1257"),
        (byte("windows-1258", "CP1258"), "cp1258 windows-1258 x-cp1258"),
        (byte("x-mac-cyrillic", "MAC-CYRILLIC"), "x-mac-cyrillic x-mac-ukrainian"),
        // The standard decodes GBK with the gb18030 decoder, its superset.
        (byte("GBK", "GB18030"), "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
        (byte("gb18030", "GB18030"), "gb18030"),
        (byte("Big5", "BIG5-HKSCS"), "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
        (byte("EUC-JP"), "cseucpkdfmtjapanese euc-jp x-euc-jp"),
        (byte("ISO-2022-JP"), "csiso2022jp iso-2022-jp"),
        (byte("Shift_JIS", "CP932"), "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
        (byte("EUC-KR", "CP949"), "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
            + "ksc5601 ksc_5601 windows-949"),
    ]

    /// A byte encoding iconv knows by `iconvName` (by `name` when nil).
    private static func byte(_ name: String, _ iconvName: String? = nil) -> CharacterEncoding {
        CharacterEncoding(name: name, iconvName: iconvName ?? name)
    }
}
