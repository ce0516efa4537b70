import GovSweepProtocol

/// Spreads planted defects and negatives over a province's sites: every kind at least once
/// (on distinct sites while there are enough), then more at each kind's rate.
struct DefectPlanter {
    let spec: ProvinceSpec
    var random: SeededRandom

    mutating func plant(into sites: inout [SiteModel], hosts: inout [HostModel]) {
        // The portal (site 0) stays clean: other sites link to it.
        var order = Array(sites.indices.dropFirst())
        order.shuffle(using: &random)
        guard !order.isEmpty else { return }
        var cursor = 0
        for defect in PlantedDefect.allCases {
            for attempt in 0..<order.count {
                let index = order[(cursor + attempt) % order.count]
                if allows(defect, on: sites[index], hosts: hosts) {
                    sites[index].defects.insert(defect)
                    cursor = (cursor + attempt + 1) % order.count
                    break
                }
            }
        }
        for index in order {
            for defect in PlantedDefect.allCases where random.chance(defect.rate) {
                if allows(defect, on: sites[index], hosts: hosts) { sites[index].defects.insert(defect) }
            }
        }
        for negative in PlantedNegative.allCases {
            var placedOnce = false
            for index in order where !sites[index].defects.contains(.unreachable) {
                if !placedOnce || random.chance(negative.rate) {
                    sites[index].negatives.insert(negative)
                    placedOnce = true
                }
            }
        }
        for index in sites.indices { apply(to: &sites[index], hosts: &hosts) }
    }

    private func allows(_ defect: PlantedDefect, on site: SiteModel, hosts: [HostModel]) -> Bool {
        if !site.defects.isDisjoint(with: defect.conflicts) { return false }
        if site.defects.contains(where: { $0.conflicts.contains(defect) }) { return false }
        if defect == .unreachable { return hosts[site.hostIndex].siteIndices.count == 1 && site.defects.isEmpty }
        if defect == .futureDate { return !site.defects.contains(.staleNotice) }
        if defect == .staleNotice { return !site.defects.contains(.futureDate) }
        return true
    }

    private mutating func apply(to site: inout SiteModel, hosts: inout [HostModel]) {
        let asOf = spec.asOf
        func column(_ slug: String) -> Int { site.columns.firstIndex { $0.slug == slug }! }
        func restale(_ slug: String) {
            let c = column(slug)
            let dates = ColumnFactory.staleDates(
                category: site.columns[c].category, count: site.columns[c].items.count, asOf: asOf, random: &random)
            for (i, date) in dates.enumerated() { site.columns[c].items[i].date = date }
        }
        func plantExtra(_ extra: ArticleExtra, column slug: String, item: Int) {
            let c = column(slug)
            site.columns[c].items[min(item, site.columns[c].items.count - 1)].extras.append(extra)
        }
        let d = site.defects
        if d.contains(.unreachable) {
            // The first unreachable site refuses connections; later ones may hang instead.
            let anyRefuses = hosts.contains { $0.refuses }
            if anyRefuses && random.chance(0.5) { hosts[site.hostIndex].hangs = true } else { hosts[site.hostIndex].refuses = true }
        }
        if d.contains(.homepageStale) {
            restale("gzdt")
            restale("bmdt")
            // The homepage also lists notices and policies: keep them in their windows, but old.
            for slug in ["tzgg", "zcwj"] {
                let c = column(slug)
                let dates = ColumnFactory.freshDates(
                    category: site.columns[c].category, count: site.columns[c].items.count, asOf: asOf.adding(days: -25),
                    random: &random)
                for (i, date) in dates.enumerated() { site.columns[c].items[i].date = date }
            }
        }
        if d.contains(.staleNews) { restale("bmdt") }
        if d.contains(.staleNotice) { restale("tzgg") }
        if d.contains(.stalePolicy) { restale("zcwj") }
        if d.contains(.staleInterpretation) { restale("zcjd") }
        if d.contains(.stalePlan) { restale("ghjh") }
        if d.contains(.stalePersonnel) { restale("rsxx") }
        if d.contains(.blankColumn) {
            site.columns.append(ColumnModel(name: "公示公告", category: .notice, slug: "gsgg", number: site.columns[0].number + 70, items: []))
        }
        if d.contains(.futureDate) {
            let c = column("tzgg")
            let future = asOf.adding(days: random.int(in: 5...40))
            let id = (site.columns[c].items.first?.id ?? 50_000) + 17
            site.columns[c].items.insert(ItemModel(
                id: id, title: Copywriter.title(category: .notice, unit: site.unit, region: site.region, serial: id),
                date: future), at: 0)
        }
        if d.contains(.brokenLink) { plantExtra(.brokenLink, column: "gzdt", item: 1) }
        if d.contains(.softBrokenLink) {
            if hosts[site.hostIndex].notFound == .hard404 { hosts[site.hostIndex].notFound = .soft404 }
            plantExtra(.softBrokenLink, column: "gzdt", item: 2)
        }
        if d.contains(.brokenAttachment) { plantExtra(.brokenAttachment, column: "zcwj", item: 0) }
        if d.contains(.brokenImage) { plantExtra(.brokenImage, column: "gzdt", item: 0) }
        if d.contains(.sensitiveData) { plantExtra(.sensitiveIDs, column: "tzgg", item: 1) }
        if d.contains(.seriousTypo) { plantExtra(.seriousTypo, column: "gzdt", item: 1) }
        if d.contains(.blockedLink) { plantExtra(.blockedLink, column: "zcjd", item: 1) }
        if d.contains(.robotsDisallow) { site.columns[column("jggk")].robotsDisallowed = true }
        let n = site.negatives
        if n.contains(.flakyArticle) { plantExtra(.flaky, column: "zcjd", item: 0) }
        if n.contains(.badCheckDigitSerial) { plantExtra(.badCheckDigitSerial, column: "zcwj", item: 1) }
        if n.contains(.maskedIDs) { plantExtra(.maskedIDs, column: "tzgg", item: 2) }
        if n.contains(.correctTypoForm) { plantExtra(.correctTypoForm, column: "gzdt", item: 2) }
        // Ordinary, working images and attachments on some articles.
        for c in site.columns.indices where site.columns[c].category != .other {
            for i in site.columns[c].items.indices {
                let id = site.columns[c].items[i].id
                if id % 3 == 0 { site.columns[c].items[i].extras.append(.workingImage) }
                if site.columns[c].category == .policy || id % 4 == 1 {
                    site.columns[c].items[i].extras.append(.workingAttachment)
                }
            }
        }
    }
}
