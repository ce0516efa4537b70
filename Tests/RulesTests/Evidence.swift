import GovSweepProtocol
@testable import Rules

/// Builders for hand-made site evidence, all relative to a fixed as-of date.
enum Evidence {
    static let asOf = CivilDate(iso: "2024-01-15")!
    static let site = Site(id: "3611000003", name: "上饶市人民政府", url: "https://www.zgsr.gov.cn/", region: "上饶市", level: .city)
    static let home = "https://www.zgsr.gov.cn/"
    static let complete = IdentityMarks(
        siteIDCode: "3611000003", icp: "赣ICP备05004019号", psbRecord: "赣公网安备 36110202000123号",
        conacBadge: true, errorReportEntry: true)

    /// The date `days` days before the as-of date.
    static func ago(_ days: Int) -> CivilDate { asOf.adding(days: -days) }

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A homepage listing one item per date, with complete identity marks unless given.
    static func homepage(_ dates: [CivilDate?], identity: IdentityMarks? = complete) -> PageReport {
        PageReport(
            url: home, status: 200, role: .homepage, kind: .homepage,
            items: dates.enumerated().map { DatedItem(url: "\(home)art/\($0.offset).html", title: "要闻\($0.offset)", date: $0.element) },
            identity: identity)
    }

    /// A fresh homepage: nothing to find on it.
    static var freshHomepage: PageReport { homepage([ago(1)]) }

    /// The first page of a column listing one item per date.
    static func column(
        _ slug: String, _ category: ColumnCategory, _ dates: [CivilDate?], name: String? = nil, depth: Int = 1,
        role: PageRole = .column, page: Int = 0
    ) -> PageReport {
        let url = "\(home)col/\(slug)/index.html"
        return PageReport(
            url: page == 0 ? url : "\(home)col/\(slug)/index_\(page).html", status: 200, role: role, kind: .columnList,
            column: ColumnRef(name: name ?? slug, url: url, category: category),
            items: dates.enumerated().map {
                DatedItem(url: "\(home)col/\(slug)/p\(page)-\($0.offset).html", title: "\(slug)第\($0.offset)条", date: $0.element)
            },
            depth: depth)
    }

    /// `count` columns of `category`, each with one item dated `date`.
    static func columns(_ count: Int, _ category: ColumnCategory, _ date: CivilDate?, prefix: String = "c") -> [PageReport] {
        (0..<count).map { column("\(prefix)\(category.rawValue)\($0)", category, [date]) }
    }

    static func evidence(
        _ pages: [PageReport], links: [LinkOutcome] = [], report: SiteReport? = nil, configured: [ColumnRef] = []
    ) -> SiteEvidence {
        SiteEvidence(site: site, pages: pages, links: links, report: report, configuredColumns: configured)
    }

    static func judge(_ evidence: SiteEvidence, rules: RuleSet = .builtIn) -> SiteVerdict {
        Judge(rules: rules, asOf: asOf).judge(evidence)
    }
}

extension SiteVerdict {
    func findings(_ check: CheckID, _ severity: Severity? = nil) -> [Finding] {
        findings.filter { $0.check == check && (severity == nil || $0.severity == severity) }
    }
}
