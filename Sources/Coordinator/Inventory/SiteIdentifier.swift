/// The 网站标识码 (site identification code) every government website is issued.
///
/// Ten characters: a six-digit administrative area code not starting with 0, or `bm` and four
/// digits for a department, then a four-digit serial: `(?:[1-9]\d{5}|bm\d{4})\d{4}`.
/// Examples: `3611000003`, `bm01000001`.
enum SiteIdentifier {
    /// True when `id` has the form of a 网站标识码.
    static func isWellFormed(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 10 else { return false }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if bytes[0] == UInt8(ascii: "b") && bytes[1] == UInt8(ascii: "m") {
            return bytes[2...].allSatisfy(isDigit)
        }
        return bytes[0] != UInt8(ascii: "0") && bytes.allSatisfy(isDigit)
    }

    /// True when `id` looks like a number a spreadsheet rewrote in scientific notation (`3.611E+09`).
    static func looksLikeScientificNotation(_ id: String) -> Bool {
        let upper = id.uppercased()
        return upper.contains("E+") && upper.allSatisfy { $0.isNumber || $0 == "." || $0 == "E" || $0 == "+" }
    }
}
