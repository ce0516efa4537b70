import GovSweepProtocol

extension DateParsing {
    /// A date label and how much it is trusted for an article's publication date (lower wins).
    struct Label {
        var text: String
        var rank: Int
        /// Bare 日期/时间 must start a phrase and be followed by a colon.
        var needsColon: Bool
    }

    static let labels: [Label] = [
        Label(text: "发布时间", rank: 0, needsColon: false), Label(text: "发布日期", rank: 0, needsColon: false),
        Label(text: "发稿时间", rank: 0, needsColon: false), Label(text: "发表时间", rank: 0, needsColon: false),
        Label(text: "日期", rank: 1, needsColon: true), Label(text: "时间", rank: 1, needsColon: true),
        Label(text: "成文日期", rank: 2, needsColon: false),
        // The 索引号 tables of 政府信息公开 articles (集约化平台 and others) name the date so.
        Label(text: "公开日期", rank: 0, needsColon: true),
        Label(text: "发文日期", rank: 2, needsColon: true), Label(text: "生成日期", rank: 2, needsColon: true),
    ]

    /// The date after the most trusted label in `text`: 发布时间/发布日期/公开日期 first, then a bare
    /// 日期：/时间：, then 成文日期/发文日期/生成日期. Within a rank the first occurrence wins.
    public static func labelledDate(in text: String, asOf: CivilDate) -> CivilDate? {
        labelledDate(inUTF8: Array(text.utf8), asOf: asOf)
    }

    static func labelledDate(inUTF8 utf8: [UInt8], asOf: CivilDate) -> CivilDate? {
        var best: (rank: Int, date: CivilDate)?
        for label in labels {
            if let best, best.rank <= label.rank { continue }
            let needle = Array(label.text.utf8)
            for offset in ByteSearch.occurrences(of: needle, in: utf8) {
                if label.rank == 1 {
                    // A bare 日期/时间 inside a longer label (发布日期, 成文日期, 会议时间) is not bare.
                    if offset >= 3, let previous = ByteSearch.scalar(endingAt: offset, in: utf8), isCJK(previous) {
                        continue
                    }
                }
                let after = offset + needle.count
                let window = String(decoding: utf8[after..<min(utf8.count, after + 64)], as: UTF8.self)
                if label.needsColon, !window.unicodeScalars.prefix(3).contains(where: { $0 == ":" || $0 == "：" }) {
                    continue
                }
                if let date = leadingDate(in: window, asOf: asOf) {
                    best = (label.rank, date)
                    break
                }
            }
        }
        return best?.date
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
