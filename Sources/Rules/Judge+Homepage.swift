import GovSweepProtocol

extension Judge {
    /// `homepage_stale`: no dated homepage item inside the window (undated items count as not updated).
    /// A homepage with no dated item at all is navigation: its second-level column pages (depth 1) are judged instead.
    func homepageFindings(_ homepage: PageReport, _ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        let window = rules.homepage.windowDays
        var dates = homepage.items.compactMap(\.date)
        var source = "首页"
        if dates.isEmpty {
            source = "首页为导航页，其二级页面"
            dates = evidence.pages
                .filter { $0.role == .column && $0.depth == 1 && $0.fetchedFine }
                .flatMap { $0.items.compactMap(\.date) }
        }
        let latest = dates.filter { $0 <= asOf }.max()
        guard let latest, latest >= asOf.adding(days: -window) else {
            let what = latest.map { "最新信息发布于\($0.iso)" } ?? "没有带日期的信息"
            return [make(
                .homepageStale, url: homepage.url, date: latest,
                detail: "\(source)\(what)，\(window)天内未更新。")]
        }
        let age = latest.days(until: asOf)
        guard age > rules.homepage.warningDays else { return [] }
        return [make(
            .homepageStale, url: homepage.url, severity: .warning, date: latest,
            detail: "预警：\(source)最新信息发布于\(latest.iso)，已\(age)天未更新，超过\(window)天将单项否决。")]
    }

    /// The identity marks a compliant homepage shows: 网站标识码, ICP备案, 公安备案, 我为政府网站找错.
    func identityFindings(_ homepage: PageReport, _ make: FindingMaker) -> [Finding] {
        guard let marks = homepage.identity else { return [] }
        var findings: [Finding] = []
        if marks.siteIDCode == nil {
            findings.append(make(.missingSiteIDCode, url: homepage.url, detail: "首页未标注网站标识码。"))
        }
        if marks.icp == nil {
            findings.append(make(.missingICP, url: homepage.url, detail: "首页未标注ICP备案编号。"))
        }
        if marks.psbRecord == nil {
            findings.append(make(.missingPSBRecord, url: homepage.url, detail: "首页未标注公安机关备案编号。"))
        }
        if !marks.errorReportEntry {
            findings.append(make(
                .missingErrorReportEntry, url: homepage.url, detail: "首页未设置“我为政府网站找错”入口。"))
        }
        return findings
    }
}
