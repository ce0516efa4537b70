#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        // Every label ends in 日期 or 时间, and no label overlaps itself: a label's occurrences are
        // the occurrences of its last word that its other bytes come before, so the text is
        // searched for the two words once instead of once per label.
        let endings = labelEndings.map { ByteSearch.occurrences(of: $0, in: utf8) }
        for (label, needle) in zip(labels, labelBytes) {
            if let best, best.rank <= label.rank { continue }
            let ends = endings[needle.suffix(labelEndings[0].count).elementsEqual(labelEndings[0]) ? 0 : 1]
            let offsets: [Int] = utf8.withUnsafeBufferPointer { bytes in
                needle.withUnsafeBufferPointer { pin in
                    ends.compactMap { end in
                        let start = end + labelEndings[0].count - needle.count
                        return start >= 0 && memcmp(bytes.baseAddress! + start, pin.baseAddress!, needle.count) == 0 ? start : nil
                    }
                }
            }
            for offset in offsets {
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

    /// The labels' bytes, in the order of ``labels``.
    private static let labelBytes = labels.map { Array($0.text.utf8) }
    /// The two words every label ends in (both six bytes).
    private static let labelEndings = ["日期", "时间"].map { Array($0.utf8) }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
