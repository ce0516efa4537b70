import GovSweepProtocol
import Testing
@testable import DemoProvince

/// The truth's newest date per column is what the column's list pages show, read the way the
/// findings contract says (yearless dates take the latest year not after the as-of date).
@Suite("Column dates")
struct ColumnDateTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let province = Province(spec: ProvinceSpec(sites: 30, seed: 5, asOf: asOf))

    static func dates(in text: String) -> [CivilDate] {
        arabicDates(in: text) + chineseNumeralDates(in: text)
    }

    /// 二〇二三年十二月十三日, as some Hanweb lists print their dates.
    static func chineseNumeralDates(in text: String) -> [CivilDate] {
        let digits: [Character: Int] = ["〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        func small(_ s: Substring) -> Int? {
            let parts = s.split(separator: "十", omittingEmptySubsequences: false)
            if parts.count == 1 { return s.count == 1 ? digits[s.first!] : nil }
            let tens = parts[0].isEmpty ? 1 : digits[parts[0].first!] ?? 0
            let units = parts[1].isEmpty ? 0 : digits[parts[1].first!] ?? 0
            return tens * 10 + units
        }
        return text.matches(of: /([〇一二三四五六七八九]{4})年([〇一二三四五六七八九十]{1,3})月([〇一二三四五六七八九十]{1,3})日/).compactMap { match in
            let year = match.output.1.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
            guard let month = small(match.output.2), let day = small(match.output.3) else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
    }

    static func arabicDates(in text: String) -> [CivilDate] {
        text.matches(of: /([0-9]{4})(?:-|年)([0-9]{1,2})(?:-|月)([0-9]{1,2})|\[([0-9]{2})-([0-9]{2})\]/).compactMap { match in
            if let y = match.output.1.flatMap({ Int($0) }), let m = match.output.2.flatMap({ Int($0) }),
               let d = match.output.3.flatMap({ Int($0) }) {
                return CivilDate(year: y, month: m, day: d)
            }
            guard let m = match.output.4.flatMap({ Int($0) }), let d = match.output.5.flatMap({ Int($0) }) else { return nil }
            for year in stride(from: asOf.year, through: asOf.year - 4, by: -1) {
                if let date = CivilDate(year: year, month: m, day: d), date <= asOf { return date }
            }
            return nil
        }
    }

    @Test("every column's list pages show exactly the truth's latest date and item count")
    func latestDates() throws {
        let truth = Self.province.groundTruth
        for (siteIndex, site) in Self.province.sites.enumerated() {
            for (columnIndex, column) in site.columns.enumerated() {
                let expected = truth.sites[siteIndex].columns[columnIndex]
                let pages = site.listPageCount(column, perPage: Self.province.spec.itemsPerListPage)
                var shown: [CivilDate] = []
                for page in 0..<pages {
                    let response = Self.province.response(host: site.hostIndex, pathAndQuery: site.listPath(column, page: page))
                    #expect(response.status == 200)
                    let text = TextDecoding.decode(response.body, encoding: site.encoding.isGBK ? "GB18030" : "UTF-8")
                    // The dated 最新信息 side box shows 工作动态's items, not this column's.
                    shown += Self.dates(in: text.replacing(/<div class="(?:hot-box|box2)">[\s\S]*?<\/div>/, with: ""))
                }
                #expect(shown.count == expected.items, "\(expected.url)")
                #expect(shown.filter { $0 <= Self.asOf }.max() == expected.latest, "\(expected.url)")
                #expect(shown.max() == expected.latestIncludingFuture, "\(expected.url)")
            }
        }
    }

    @Test("only planted items are dated after the as-of date")
    func futureDates() {
        let truth = Self.province.groundTruth
        let plantedFuture = Set(truth.sites.flatMap { $0.expected.filter { $0.check == .dateInFuture }.compactMap(\.date) })
        #expect(!plantedFuture.isEmpty)
        for site in Self.province.sites {
            for (_, response) in Self.province.pages(ofSite: site.id) where response.header("Content-Type")?.hasPrefix("text/html") == true {
                let text = TextDecoding.decode(response.body, encoding: site.encoding.isGBK ? "GB18030" : "UTF-8")
                for date in Self.dates(in: text) where date > Self.asOf {
                    #expect(plantedFuture.contains(date), "\(site.id): \(date)")
                }
            }
        }
    }
}
