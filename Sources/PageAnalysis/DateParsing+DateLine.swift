import GovSweepProtocol

extension DateParsing {
    /// Words that may follow the date and time on an article's byline (`2022-05-07 00:00 来源：…`).
    static let bylineWords = ["来源", "信息来源", "文章来源", "作者", "浏览", "阅读", "点击", "编辑", "责任编辑", "字号", "【"]

    /// The date of a text that is nothing but a full date and a time, `2018-04-19 17:32:17`,
    /// `2018年04月19日 17:32` or `2024年12月07日 08时01分`, optionally followed by the rest of a
    /// byline (来源/作者/浏览 …): how an article's date line reads when it carries no label. A full
    /// date without a time counts only when the byline follows it (`2005年08月16日　来源：新华网`).
    /// Nil for anything else (a date inside a sentence, a lone date without a time, a yearless date).
    static func dateTimeLine(_ text: some StringProtocol) -> CivilDate? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, isFiller(scalars[i]) { i += 1 }
        guard let found = match(in: scalars, at: i, asOf: CivilDate(year: 2100, month: 12, day: 31)!), found.hasYear
        else { return nil }
        i = found.range.upperBound
        while i < scalars.count, TextTools.isSpace(scalars[i]) { i += 1 }
        // A date without a time still makes a byline when the byline goes on (`2005年08月16日　来源：新华网`).
        if i < scalars.count, !("0"..."9").contains(scalars[i]) {
            while i < scalars.count, TextTools.isSpace(scalars[i]) || scalars[i] == "|" { i += 1 }
            let rest = String(String.UnicodeScalarView(scalars[i...]))
            return bylineWords.contains(where: { rest.hasPrefix($0) }) ? found.date : nil
        }
        // HH:MM, HH:MM:SS or HH时MM分(SS秒), then nothing but spaces and closing brackets, or a byline.
        var fields = 0
        while fields < 3 {
            let (value, length) = number(in: scalars, at: i, maxDigits: 2)
            guard length > 0, value < 60 else { return nil }
            i += length
            fields += 1
            guard i < scalars.count else { break }
            if scalars[i] == ":" || scalars[i] == "：" {
                i += 1
            } else if "时分秒".unicodeScalars.contains(scalars[i]) {
                i += 1
                // 08时01分 may end there; 08时01分05秒 goes on to the seconds.
                guard scalars[i - 1] != "秒", i < scalars.count, ("0"..."9").contains(scalars[i]) else { break }
            } else {
                break
            }
        }
        guard fields >= 2 else { return nil }
        while i < scalars.count, TextTools.isSpace(scalars[i]) || "]）)】|".unicodeScalars.contains(scalars[i]) { i += 1 }
        if i == scalars.count { return found.date }
        let rest = String(String.UnicodeScalarView(scalars[i...]))
        return bylineWords.contains(where: { rest.hasPrefix($0) }) ? found.date : nil
    }
}
