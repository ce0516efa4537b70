/// 居民身份证号码 (GB 11643-1999): 17 digits and a check character.
enum ChineseIDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The check character of 17 leading digits, or nil when they are not 17 digits.
    static func checkCharacter(of body: String) -> Character? {
        let digits = body.compactMap(\.wholeNumberValue)
        guard digits.count == 17, body.count == 17 else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// True when `number` has 18 characters and a correct check character.
    static func isValid(_ number: String) -> Bool {
        guard number.count == 18, let check = checkCharacter(of: String(number.prefix(17))) else { return false }
        return number.last == check
    }

    /// A valid number for region `region` (6 digits), born `birth` (`YYYYMMDD`), sequence `sequence`.
    static func make(region: String, birth: String, sequence: Int) -> String {
        let seq = String(sequence % 1000)
        let body = region + birth + String(repeating: "0", count: 3 - seq.count) + seq
        return body + String(checkCharacter(of: body) ?? "0")
    }

    /// The same number with a wrong check character: a serial that only looks like an ID.
    static func withWrongCheck(_ number: String) -> String {
        let body = String(number.prefix(17))
        let right = checkCharacter(of: body) ?? "0"
        let wrong = checkCharacters.first { $0 != right && $0 != "X" } ?? "1"
        return body + String(wrong)
    }

    /// The number with the birth date and sequence masked, as careful 公示 lists print it.
    static func masked(_ number: String) -> String {
        String(number.prefix(6)) + String(repeating: "*", count: 8) + String(number.suffix(4))
    }
}
