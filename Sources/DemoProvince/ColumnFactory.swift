import GovSweepProtocol

/// Makes a site's columns with fresh items: every window of the contract is met with a margin,
/// so only what ``DefectPlanter`` changes is a defect.
struct ColumnFactory {
    let spec: ProvinceSpec
    let level: SiteLevel
    let unit: String
    let region: String

    /// The eight columns every simulated site has, newest items first.
    func makeColumns(random: inout SeededRandom) -> [ColumnModel] {
        let secondNews = switch level {
        case .county: "乡镇动态"
        case .department, .township: "图片新闻"
        case .province, .city: "部门动态"
        }
        let plan: [(String, ColumnCategory, String)] = [
            ("工作动态", .news, "gzdt"), (secondNews, .news, "bmdt"), ("通知公告", .notice, "tzgg"),
            ("政策文件", .policy, "zcwj"), ("政策解读", .interpretation, "zcjd"), ("规划计划", .plan, "ghjh"),
            ("人事信息", .personnel, "rsxx"), ("机构概况", .other, "jggk"),
        ]
        let base = random.int(in: 11...89) * 100
        var nextID = random.int(in: 40_000...90_000)
        return plan.enumerated().map { offset, entry in
            let count = entry.1 == .other ? 3 : spec.itemsPerColumn
            var dates = Self.freshDates(category: entry.1, count: count, asOf: spec.asOf, random: &random)
            dates.sort(by: >)
            // Ids grow with time: the newest item (listed first) has the largest.
            var ids: [Int] = []
            for _ in dates {
                nextID += random.int(in: 1...40)
                ids.append(nextID)
            }
            let items = zip(dates, ids.reversed()).map { date, id in
                ItemModel(id: id, title: Copywriter.title(category: entry.1, unit: unit, region: region, serial: id), date: date)
            }
            return ColumnModel(name: entry.0, category: entry.1, slug: entry.2, number: base + offset * 7, items: items)
        }
    }

    /// Dates whose newest lies well inside the category's window.
    static func freshDates(category: ColumnCategory, count: Int, asOf: CivilDate, random: inout SeededRandom) -> [CivilDate] {
        let (latest, gap): (ClosedRange<Int>, ClosedRange<Int>) = switch category {
        case .news: (0...4, 1...6)
        case .notice, .policy, .interpretation: (2...60, 5...30)
        case .plan, .personnel: (10...150, 20...60)
        case .other: (30...300, 30...90)
        }
        return dates(newestAgo: random.int(in: latest), gap: gap, count: count, asOf: asOf, random: &random)
    }

    /// Dates whose newest lies well outside the category's window.
    static func staleDates(category: ColumnCategory, count: Int, asOf: CivilDate, random: inout SeededRandom) -> [CivilDate] {
        let (latest, gap): (ClosedRange<Int>, ClosedRange<Int>) = switch category {
        case .news: (21...60, 3...12)
        case .notice, .policy, .interpretation: (200...400, 10...40)
        case .plan, .personnel, .other: (400...600, 20...60)
        }
        return dates(newestAgo: random.int(in: latest), gap: gap, count: count, asOf: asOf, random: &random)
    }

    private static func dates(
        newestAgo: Int, gap: ClosedRange<Int>, count: Int, asOf: CivilDate, random: inout SeededRandom
    ) -> [CivilDate] {
        var current = asOf.adding(days: -newestAgo)
        var result: [CivilDate] = []
        for _ in 0..<count {
            result.append(current)
            current = current.adding(days: -random.int(in: gap))
        }
        return result
    }
}
