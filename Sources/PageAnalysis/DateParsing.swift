import GovSweepProtocol

/// Reads dates in every form Chinese government sites write them.
///
/// Full dates: `2023-12-13`, `2023/12/13`, `2023.12.13`, `2023年12月13日` (a time after them is
/// ignored). Yearless dates: `12-13`, `12/13`, `[12-13]`, `(12/13)`, `12月13日`, which take the latest
/// year that does not put them after the as-of date. Formal documents: `二〇二三年十二月十三日`,
/// `二零二三年十二月` (the first of the month), read everywhere dates are (``chineseNumeralDate(in:)``). Labelled dates (`发布时间：…`): ``labelledDate(in:asOf:)``.
/// URLs: ``date(inURL:)``.
public enum DateParsing {
    /// A date found in a run of text.
    struct Match {
        var date: CivilDate
        /// Scalar offsets of the match.
        var range: Range<Int>
        /// False for month-day dates resolved against the as-of date.
        var hasYear: Bool
    }

    /// The first date written in `text`; a date with a year wins over a yearless one anywhere in it.
    public static func firstDate(in text: some StringProtocol, asOf: CivilDate) -> CivilDate? {
        firstMatch(in: Array(text.unicodeScalars), asOf: asOf)?.date
    }

    /// A date at the very start of `text`, after spaces, colons and opening brackets.
    public static func leadingDate(in text: some StringProtocol, asOf: CivilDate) -> CivilDate? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, isFiller(scalars[i]) { i += 1 }
        if let match = match(in: scalars, at: i, asOf: asOf) { return match.date }
        return chineseNumeralDate(in: String(String.UnicodeScalarView(scalars[i...].prefix(16))), anchored: true)
    }

    /// Resolves a month and day without a year: the latest year that does not put them after `asOf`
    /// (29 February takes the latest leap year that does not).
    public static func resolve(month: Int, day: Int, asOf: CivilDate) -> CivilDate? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        for year in stride(from: asOf.year, through: asOf.year - 8, by: -1) {
            if let date = CivilDate(year: year, month: month, day: day), date <= asOf { return date }
        }
        return nil
    }

    /// The first match in `scalars`: the first full date with a year (Arabic or Chinese numerals),
    /// else the first yearless one, else the first year and month in Chinese numerals.
    static func firstMatch(in scalars: [Unicode.Scalar], asOf: CivilDate) -> Match? {
        var yearless: Match?
        var monthOnly: Match?
        var i = 0
        while i < scalars.count {
            if chineseDigit(scalars[i]) != nil, let found = chineseMatch(in: scalars, at: i) {
                if found.hasDay { return Match(date: found.date, range: found.range, hasYear: true) }
                if monthOnly == nil { monthOnly = Match(date: found.date, range: found.range, hasYear: true) }
                i = found.range.upperBound
                continue
            }
            if digitValue(scalars[i]) != nil, i == 0 || digitValue(scalars[i - 1]) == nil {
                if let found = match(in: scalars, at: i, asOf: asOf) {
                    if found.hasYear { return found }
                    if yearless == nil { yearless = found }
                    i = found.range.upperBound
                    continue
                }
            }
            i += 1
        }
        return yearless ?? monthOnly
    }

    /// A date starting exactly at `start`, or nil.
    static func match(in s: [Unicode.Scalar], at start: Int, asOf: CivilDate) -> Match? {
        guard start < s.count, start == 0 || digitValue(s[start - 1]) == nil else { return nil }
        let (first, firstLength) = number(in: s, at: start, maxDigits: 4)
        guard firstLength > 0 else { return nil }
        var i = start + firstLength
        if i < s.count, digitValue(s[i]) != nil { return nil }  // part of a longer number
        if firstLength == 4 {
            guard (1900...2100).contains(first), i < s.count else { return nil }
            let separator = s[i]
            guard ["-", "/", ".", "年", "－", "／"].contains(separator) else { return nil }
            i += 1
            let (month, monthLength) = number(in: s, at: i, maxDigits: 2)
            guard monthLength > 0 else { return nil }
            i += monthLength
            let second: Unicode.Scalar = separator == "年" ? "月" : separator
            guard i < s.count, s[i] == second else { return nil }
            i += 1
            let (day, dayLength) = number(in: s, at: i, maxDigits: 2)
            guard dayLength > 0 else { return nil }
            i += dayLength
            if i < s.count, digitValue(s[i]) != nil { return nil }
            if separator == "年", i < s.count, s[i] == "日" || s[i] == "号" { i += 1 }
            guard let date = CivilDate(year: first, month: month, day: day) else { return nil }
            return Match(date: date, range: start..<i, hasYear: true)
        }
        guard firstLength <= 2, i < s.count else { return nil }
        let separator = s[i]
        guard ["-", "/", "月", "－", "／"].contains(separator) else { return nil }
        if separator != "月", firstLength != 2 { return nil }
        // Not the tail of a longer date (2023-12-13 read from its middle).
        if start >= 2, ["-", "/", ".", "年"].contains(s[start - 1]), digitValue(s[start - 2]) != nil { return nil }
        i += 1
        let (day, dayLength) = number(in: s, at: i, maxDigits: 2)
        guard dayLength > 0, separator == "月" || dayLength == 2 else { return nil }
        i += dayLength
        if i < s.count, digitValue(s[i]) != nil { return nil }
        if separator == "月" {
            guard i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
            i += 1
        } else if i + 1 < s.count, s[i] == separator, digitValue(s[i + 1]) != nil {
            return nil  // 12-13-14: not a date
        }
        guard let date = resolve(month: first, day: day, asOf: asOf) else { return nil }
        return Match(date: date, range: start..<i, hasYear: false)
    }

    /// Reads up to `maxDigits` digits (ASCII or full-width) at `index`: the value and the digit count.
    static func number(in s: [Unicode.Scalar], at index: Int, maxDigits: Int) -> (Int, Int) {
        var value = 0
        var count = 0
        var i = index
        while i < s.count, count < maxDigits, let digit = digitValue(s[i]) {
            value = value * 10 + digit
            count += 1
            i += 1
        }
        return (value, count)
    }

    /// 0–9 for ASCII and full-width digits.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// Characters skipped between a label and its date.
    static func isFiller(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", ":", "：", "\u{00A0}", "\u{3000}", "[", "(", "【", "（", "〔", "［": true
        default: false
        }
    }
}
