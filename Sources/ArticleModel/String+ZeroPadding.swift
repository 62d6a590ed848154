extension String {
    /// `value` in decimal with leading zeros up to `width` digits: `String(zeroPadding: 7, width: 2) == "07"`.
    public init(zeroPadding value: Int, width: Int) {
        let digits = String(value)
        self = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
