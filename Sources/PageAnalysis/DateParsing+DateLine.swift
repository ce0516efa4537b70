import GovSweepProtocol

extension DateParsing {
    /// The date of a text that is nothing but a full date and a time, `2018-04-19 17:32:17` or
    /// `2018年04月19日 17:32`: how an article's date line reads when it carries no label.
    /// Nil for anything else (a date inside a sentence, a date without a time, a yearless date).
    static func dateTimeLine(_ text: some StringProtocol) -> CivilDate? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, isFiller(scalars[i]) { i += 1 }
        guard let found = match(in: scalars, at: i, asOf: CivilDate(year: 2100, month: 12, day: 31)!), found.hasYear
        else { return nil }
        i = found.range.upperBound
        while i < scalars.count, TextTools.isSpace(scalars[i]) { i += 1 }
        // HH:MM or HH:MM:SS, then nothing but spaces and closing brackets.
        var fields = 0
        while fields < 3 {
            let (value, length) = number(in: scalars, at: i, maxDigits: 2)
            guard length > 0, value < 60 else { return nil }
            i += length
            fields += 1
            guard i < scalars.count, scalars[i] == ":" || scalars[i] == "：" else { break }
            i += 1
        }
        guard fields >= 2 else { return nil }
        while i < scalars.count, TextTools.isSpace(scalars[i]) || "]）)】".unicodeScalars.contains(scalars[i]) { i += 1 }
        return i == scalars.count ? found.date : nil
    }
}
