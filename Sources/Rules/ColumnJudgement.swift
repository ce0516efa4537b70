import GovSweepProtocol

/// The columns of one site: their records for columns.jsonl and the staleness and blankness findings,
/// with the count-threshold vetoes and early warnings applied.
struct ColumnJudgement {
    private(set) var records: [ColumnRecord] = []
    private(set) var findings: [Finding] = []

    init(rules: RuleSet, asOf: CivilDate, evidence: SiteEvidence, make: FindingMaker) {
        var stale: [Finding] = []
        var blank: [Finding] = []
        for column in Self.columns(of: evidence) {
            let state = ColumnState(pages: column.pages, asOf: asOf)
            let ref = column.ref
            records.append(ColumnRecord(
                siteID: evidence.site.id, url: ref.url, name: ref.name, category: ref.category,
                latest: state.latest, items: state.datedItems, source: ref.source))
            guard state.fetched else { continue }
            let rule = rules.rule(for: ref.category)
            if state.listedItems == 0 {
                if rule.judgeBlank || ref.source == .inventory {
                    blank.append(make(
                        .columnBlank, url: ref.url, column: ref.name, category: ref.category,
                        detail: "栏目“\(ref.name)”为空白栏目，栏目页未列出任何信息。"))
                }
            } else if let window = rule.window {
                let cutoff = window.cutoff(asOf: asOf)
                if let latest = state.latestNotAfterAsOf, latest >= cutoff { continue }
                let when = state.latestNotAfterAsOf.map { "最新信息发布于\($0.iso)" } ?? "没有带日期的信息"
                stale.append(make(
                    .columnStale, url: ref.url, points: rule.points, column: ref.name, category: ref.category,
                    date: state.latestNotAfterAsOf,
                    detail: "栏目“\(ref.name)”（\(ref.category.chineseName)）\(when)，超过\(window.chinese)未更新。"))
            }
        }
        findings = Self.applyVetoLines(stale: stale, blank: blank, rules: rules, make: make)
    }

    /// Promotes findings past a count threshold to vetoes and adds the early warnings.
    private static func applyVetoLines(stale: [Finding], blank: [Finding], rules: RuleSet, make: FindingMaker)
        -> [Finding]
    {
        let lines = rules.columnVetoes
        var stale = stale
        var blank = blank
        var staleVetoed = false
        for group in lines.staleGroups {
            let members = stale.indices.filter { stale[$0].category.map(group.categories.contains) ?? false }
            guard members.count >= group.atLeast else { continue }
            staleVetoed = true
            for index in members {
                stale[index].severity = .veto
                stale[index].points = 0
                stale[index].detail = String(stale[index].detail.dropLast()) + "，同类未更新栏目共\(members.count)个，达到单项否决线（\(group.name)，\(group.atLeast)个）。"
            }
        }
        var extra: [Finding] = []
        if blank.count >= lines.blankAtLeast {
            for index in blank.indices {
                blank[index].severity = .veto
                blank[index].points = 0
                blank[index].detail = String(blank[index].detail.dropLast()) + "，空白栏目共\(blank.count)个，达到单项否决线（\(lines.blankAtLeast)个）。"
            }
        } else if blank.count > lines.blankWarningAbove {
            extra.append(make(
                .columnBlank, url: make.siteURL, severity: .warning,
                detail: "预警：空白栏目\(blank.count)个，超过\(lines.blankWarningAbove)个，达到\(lines.blankAtLeast)个将单项否决。"))
        }
        if !staleVetoed, stale.count > lines.staleWarningAbove {
            extra.append(make(
                .columnStale, url: make.siteURL, severity: .warning,
                detail: "预警：未按时更新栏目\(stale.count)个，超过\(lines.staleWarningAbove)个，接近单项否决线。"))
        }
        return stale + blank + extra
    }

    /// The site's columns: pages grouped by `column.url`, with the operator's columns added and
    /// taking precedence for name and category. Sorted by URL.
    static func columns(of evidence: SiteEvidence) -> [(ref: ColumnRef, pages: [PageReport])] {
        var refs: [String: ColumnRef] = [:]
        var pages: [String: [PageReport]] = [:]
        let listPages = evidence.pages.filter { $0.column != nil && ($0.role == .column || $0.role == .pagination) }
        // A column's own first page names it; a later page only when the first is missing.
        for page in listPages.sorted(by: { ($0.role == .column ? 0 : 1) < ($1.role == .column ? 0 : 1) }) {
            guard let ref = page.column else { continue }
            if refs[ref.url] == nil { refs[ref.url] = ref }
            pages[ref.url, default: []].append(page)
        }
        for configured in evidence.configuredColumns {
            var ref = configured
            ref.source = .inventory
            refs[configured.url] = ref
        }
        return refs.keys.sorted().map { url in (refs[url]!, pages[url] ?? []) }
    }
}

/// What a column's crawled pages show.
struct ColumnState {
    /// At least one of its pages was fetched fine.
    let fetched: Bool
    /// Items listed on the pages fetched fine, dated or not (repeats across pages counted once).
    let listedItems: Int
    /// Dated items (repeats counted once).
    let datedItems: Int
    /// The newest item date, future dates included.
    let latest: CivilDate?
    /// The newest item date not after the as-of date: what staleness is judged on.
    let latestNotAfterAsOf: CivilDate?

    init(pages: [PageReport], asOf: CivilDate) {
        let good = pages.filter(\.fetchedFine)
        let items = Set(good.flatMap(\.items))
        let dates = items.compactMap(\.date)
        fetched = !good.isEmpty
        listedItems = items.count
        datedItems = dates.count
        latest = dates.max()
        latestNotAfterAsOf = dates.filter { $0 <= asOf }.max()
    }
}
