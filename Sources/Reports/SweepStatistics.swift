import GovSweepProtocol
import Rules

/// The figures the circulars print, computed from a sweep's verdicts.
struct SweepStatistics {
    /// One row of a pass-rate table: a region or a level.
    struct Group {
        var name: String
        /// 运行网站总数 (inventory), for regions only.
        var inventory: Int?
        var checked: Int
        var passed: Int
        /// 存在突出问题网站数: sites that did not pass.
        var failed: Int { checked - passed }
        var passRate: Double { checked == 0 ? 0 : Double(passed) / Double(checked) }
    }

    var checked = 0
    var passed = 0
    var blankColumns = 0
    var staleColumns = 0
    var brokenLinks = 0
    var homepageStaleSites = 0
    var unreachableSites = 0
    var futureDates = 0
    var byRegion: [Group] = []
    var byLevel: [Group] = []

    var passRate: Double { checked == 0 ? 0 : Double(passed) / Double(checked) }

    init(_ summary: SweepSummary) {
        let verdicts = summary.sortedVerdicts
        checked = verdicts.count
        passed = verdicts.count(where: \.passed)
        for verdict in verdicts {
            let judged = verdict.findings.filter { $0.severity == .veto || $0.severity == .deduct }
            blankColumns += judged.count { $0.check == .columnBlank }
            staleColumns += judged.count { $0.check == .columnStale }
            brokenLinks += judged.count { [.linkBroken, .attachmentBroken, .imageBroken].contains($0.check) }
            futureDates += judged.count { $0.check == .dateInFuture }
            if verdict.vetoes.contains(.homepageStale) { homepageStaleSites += 1 }
            if verdict.vetoes.contains(.siteUnreachable) { unreachableSites += 1 }
        }
        let regions = Set(verdicts.map { $0.site.region ?? "" }).union(summary.inventoryCounts.keys)
        byRegion = summary.regionOrder.sorted(Array(regions)).map { region in
            let members = verdicts.filter { ($0.site.region ?? "") == region }
            return Group(
                name: region.isEmpty ? "未注明" : region, inventory: summary.inventoryCounts[region] ?? members.count,
                checked: members.count, passed: members.count(where: \.passed))
        }
        byLevel = SiteLevel.allCases.compactMap { level in
            let members = verdicts.filter { $0.site.level == level }
            guard !members.isEmpty else { return nil }
            return Group(name: ReportText.levelName(level), checked: members.count, passed: members.count(where: \.passed))
        }
        let unlevelled = verdicts.filter { $0.site.level == nil }
        if !unlevelled.isEmpty {
            byLevel.append(Group(name: "未注明", checked: unlevelled.count, passed: unlevelled.count(where: \.passed)))
        }
    }
}
