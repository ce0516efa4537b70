import GovSweepProtocol

extension DateParsing {
    /// The first date written in Chinese numerals, as formal documents sign off:
    /// `二〇二三年十二月十三日` (also with `○` or `零` for zero). Without a full date, the first
    /// year and month (`二〇二三年十二月`) gives the first of that month.
    public static func chineseNumeralDate(in text: some StringProtocol) -> CivilDate? {
        chineseNumeralDate(in: String(text), anchored: false)
    }

    static func chineseNumeralDate(in text: String, anchored: Bool) -> CivilDate? {
        if !anchored {
            var text = text
            return text.withUTF8 { chineseNumeralDate(inUTF8: $0) }
        }
        return chineseNumeralDate(inScalars: Array(text.unicodeScalars), anchored: true)
    }

    /// The first date in Chinese numerals among `s`, tried at every scalar (only at the first
    /// when `anchored`).
    static func chineseNumeralDate(inScalars s: [Unicode.Scalar], anchored: Bool) -> CivilDate? {
        var start = 0
        var monthOnly: CivilDate?
        while start + 4 < s.count {
            if let match = chineseMatch(in: s, at: start) {
                if match.hasDay { return match.date }
                if monthOnly == nil { monthOnly = match.date }
            }
            if anchored { break }
            start += 1
        }
        return monthOnly
    }

    /// ``chineseNumeralDate(in:anchored:)`` of the valid UTF-8 `utf8`, unanchored, read where a
    /// 年 lies: every match has four digits and a 年 at its start, so only the scalars around each
    /// 年 are decoded (the same matches, in the same order, as trying every scalar).
    static func chineseNumeralDate(inUTF8 utf8: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        var monthOnly: CivilDate?
        var from = 0
        while let year = yearMark.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: $0, in: utf8, from: from) }) {
            from = year + yearMark.count
            // Four digits just before 年, and no digit before them.
            var start = year
            var digits = 0
            while digits < 4, start > 0 {
                let before = ByteSearch.scalar(before: start, in: utf8)
                guard let scalar = Unicode.Scalar(before), chineseDigit(scalar) != nil else { break }
                start -= before < 0x80 ? 1 : before < 0x800 ? 2 : before < 0x10000 ? 3 : 4
                digits += 1
            }
            guard digits == 4 else { continue }
            if start > 0, let scalar = Unicode.Scalar(ByteSearch.scalar(before: start, in: utf8)), chineseDigit(scalar) != nil { continue }
            // A match spans at most 13 scalars (四位年, 年, 两位月, 月, 两位日, 日): 16 are read.
            var end = min(utf8.count, start + 64)
            while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end -= 1 }
            let window = Array(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self).unicodeScalars.prefix(16))
            guard let match = chineseMatch(in: window, at: 0) else { continue }
            if match.hasDay { return match.date }
            if monthOnly == nil { monthOnly = match.date }
        }
        return monthOnly
    }

    private static let yearMark = Array("年".utf8)

    /// ``chineseNumeralDate(in:)`` of `String(decoding: text, as: UTF8.self)`, the page text's
    /// bytes (ill-formed ones included), without making that `String` when no 年 in the bytes has a
    /// digit just before it: every date has one there, and decoding keeps each well-formed
    /// scalar's bytes while a 年 (lead byte E5) always starts a scalar, so the scalar before a 年
    /// in the `String` is a digit exactly when the bytes before it are that digit's.
    static func chineseNumeralDate(inPageText text: [UInt8]) -> CivilDate? {
        let candidate = text.withUnsafeBufferPointer { bytes in
            yearMark.withUnsafeBufferPointer { mark in
                var from = 0
                while let year = ByteSearch.firstOffset(of: mark, in: bytes, from: from) {
                    from = year + mark.count
                    if year >= 1, bytes[year - 1] == UInt8(ascii: "O") { return true }
                    if year >= 3, let (scalar, length) = WellFormedUTF8.scalar(in: bytes, at: year - 3), length == 3,
                       chineseDigit(scalar) != nil { return true }
                }
                return false
            }
        }
        return candidate ? chineseNumeralDate(in: String(decoding: text, as: UTF8.self)) : nil
    }

    /// A date in Chinese numerals starting exactly at `start`: `二〇二六年十一月七日` (`hasDay`), or
    /// `二〇二六年十一月` alone, read as the first of the month.
    static func chineseMatch(in s: [Unicode.Scalar], at start: Int) -> (date: CivilDate, range: Range<Int>, hasDay: Bool)? {
        guard start + 4 < s.count, chineseDigit(s[start]) != nil, start == 0 || chineseDigit(s[start - 1]) == nil else { return nil }
        var year = 0
        var i = start
        while i < s.count, i - start < 4, let digit = chineseDigit(s[i]) {
            year = year * 10 + digit
            i += 1
        }
        guard i - start == 4, i < s.count, s[i] == "年", (1900...2100).contains(year) else { return nil }
        i += 1
        guard let (month, monthEnd) = chineseSmallNumber(in: s, at: i), month <= 12, monthEnd < s.count, s[monthEnd] == "月"
        else { return nil }
        if let (day, dayEnd) = chineseSmallNumber(in: s, at: monthEnd + 1), dayEnd < s.count, s[dayEnd] == "日" || s[dayEnd] == "号" {
            // A day that month does not have (二月三十日) makes no date at all.
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return (date, start..<(dayEnd + 1), true)
        }
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        return (first, start..<(monthEnd + 1), false)
    }

    /// 一 … 三十一: the value and the index after it.
    private static func chineseSmallNumber(in s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        if i < s.count, let tens = chineseDigit(s[i]), tens > 0, i + 1 < s.count, s[i + 1] == "十" {
            value = tens * 10
            i += 2
        } else if i < s.count, s[i] == "十" {
            value = 10
            i += 1
        }
        if i < s.count, let unit = chineseDigit(s[i]), unit > 0 {
            value += unit
            i += 1
        }
        return value > 0 && value <= 31 ? (value, i) : nil
    }

    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零", "O", "Ｏ": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
