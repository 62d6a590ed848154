/// One piece of a written date, as ``DateTokenizer`` cuts it: `Thu, 01 Jan 2004 10:00 +0100`
/// is `thu` `1` `jan` `2004` `10` `:` `0` `+` `100`.
enum DateToken: Equatable, Sendable {
    /// A run of digits: its value (-1 when longer than nine digits) and how many digits it had.
    case number(Int, digits: Int)
    /// A run of letters in any script, lowercased: `thu`, `július`, `오후`.
    case word(String)
    /// One punctuation byte that matters to a date: `:` `+` `-` `/` `.`, or any other that does not.
    case symbol(UInt8)
}
