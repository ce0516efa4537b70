import GovSweepProtocol

/// Personal data published in page text: resident ID numbers (GB 11643) and mobile numbers in bulk.
enum SensitiveData {
    /// Distinct mobile numbers a page must list before it is reported.
    static let mobileListMinimum = 5
    /// Distinct ID numbers reported per page.
    static let maxReportedIDs = 20

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [UInt8] = Array("10X98765432".utf8)
    /// The provinces' two-digit codes (GB/T 2260) an ID number starts with.
    private static let provinceCodes: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ]

    /// True for an 18-character resident ID with a known province, a birth date from 1900 to
    /// `asOf` and a valid check character.
    static func isResidentID(_ id: [UInt8], asOf: CivilDate) -> Bool {
        guard id.count == 18 else { return false }
        var digits: [Int] = []
        for byte in id.prefix(17) {
            guard (48...57).contains(byte) else { return false }
            digits.append(Int(byte - 48))
        }
        guard provinceCodes.contains(digits[0] * 10 + digits[1]), digits[2] * 10 + digits[3] != 0 else { return false }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        guard year >= 1900, let birth = CivilDate(year: year, month: digits[10] * 10 + digits[11],
                                                   day: digits[12] * 10 + digits[13]), birth <= asOf
        else { return false }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let last = id[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : id[17]
        return checkCharacters[sum % 11] == last
    }

    /// `360102********1234`: region and last four only.
    static func maskedID(_ id: [UInt8]) -> String {
        String(decoding: id.prefix(6), as: UTF8.self) + "********" + String(decoding: id.suffix(4), as: UTF8.self)
    }

    /// `138****5678`.
    static func maskedMobile(_ number: [UInt8]) -> String {
        String(decoding: number.prefix(3), as: UTF8.self) + "****" + String(decoding: number.suffix(4), as: UTF8.self)
    }

    /// A mobile number written in groups, `138-1234-5678` or `138 1234 5678` (one separator, used
    /// twice), starting at `start`: its eleven digits and where it ends; nil when the groups are not
    /// exactly 3, 4 and 4 digits standing alone.
    static func groupedMobile(_ text: [UInt8], from start: Int) -> (digits: [UInt8], end: Int)? {
        let n = text.count
        guard start + 13 <= n else { return nil }
        let separator = text[start + 3]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "), text[start + 8] == separator else { return nil }
        let positions = Array(start..<(start + 3)) + Array((start + 4)..<(start + 8)) + Array((start + 9)..<(start + 13))
        guard positions.allSatisfy({ text[$0] >= 48 && text[$0] <= 57 }) else { return nil }
        if start + 13 < n {
            let after = text[start + 13]
            guard !(after >= 48 && after <= 57), (after | 0x20) < 97 || (after | 0x20) > 122, after != UInt8(ascii: "-") else { return nil }
        }
        return (positions.map { text[$0] }, start + 13)
    }

    /// ID numbers and a bulk mobile list in `text`. A number counts only as a whole run of digits:
    /// digits inside a longer run (or glued to letters) are serials, not IDs or phone numbers.
    static func hits(in text: [UInt8], asOf: CivilDate) -> [ContentHit] {
        var idCounts: [[UInt8]: Int] = [:]
        var idOrder: [[UInt8]] = []
        var mobiles: [[UInt8]] = []
        var mobileSet = Set<[UInt8]>()
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        let isLetter = { (b: UInt8) in (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        var i = 0
        let n = text.count
        while i < n {
            // Most of a page is not digits: skipped eight bytes at a time.
            i = text.withUnsafeBufferPointer { ByteSearch.firstDigit(in: $0, from: i) }
            guard i < n else { break }
            let start = i
            while i < n, isDigit(text[i]) { i += 1 }
            var end = i
            if end - start == 17, end < n, text[end] | 0x20 == UInt8(ascii: "x") { end += 1 }
            let before = start > 0 ? text[start - 1] : 32
            let after = end < n ? text[end] : 32
            i = end
            guard !isLetter(before), !isLetter(after), !isDigit(after), after != UInt8(ascii: "*") else { continue }
            // Only an ID (18), a mobile (11) or a mobile's first group (3) is read further.
            guard end - start == 18 || end - start == 11 || end - start == 3 else { continue }
            let run = Array(text[start..<end])
            if run.count == 18, isResidentID(run, asOf: asOf) {
                if idCounts[run] == nil { idOrder.append(run) }
                idCounts[run, default: 0] += 1
            } else if run.count == 11, run[0] == UInt8(ascii: "1"), run[1] >= UInt8(ascii: "3"), before != UInt8(ascii: "*") {
                if mobileSet.insert(run).inserted { mobiles.append(run) }
            } else if run.count == 3, run[0] == UInt8(ascii: "1"), run[1] >= UInt8(ascii: "3"), !isDigit(before), before != UInt8(ascii: "*"),
                      let grouped = groupedMobile(text, from: start) {
                if mobileSet.insert(grouped.digits).inserted { mobiles.append(grouped.digits) }
                i = grouped.end
            }
        }
        var hits = idOrder.prefix(maxReportedIDs).map {
            ContentHit(kind: .residentID, evidence: maskedID($0), count: idCounts[$0] ?? 1)
        }
        if mobiles.count >= mobileListMinimum {
            let sample = mobiles.prefix(3).map(maskedMobile).joined(separator: "、")
            hits.append(ContentHit(kind: .mobileNumbers, evidence: sample, count: mobiles.count))
        }
        return hits
    }
}
