import GovSweepProtocol

/// Broadens the province on purpose, beyond the defects of ``DefectPlanter``: markup habits the
/// sweep must not be fooled by, and defects that only show in them. Seeded and deterministic.
///
/// - lists that link straight to documents (`./202608/P0….xlsx`, `downfile.jsp?filename=….xls`):
///   ordinary ones, 12 MiB ones (never broken), and missing ones the host answers with its HTML
///   404 page (`attachment_broken`, never `link_broken`); every CMS style gets a missing one;
/// - short notices in a bare template whose text says 已失效 or 已删除 (real pages, not soft 404s);
/// - Hanweb lists dated in Chinese numerals (二〇二三年十二月十三日);
/// - one 通知公告 article listing mobile numbers written in groups (138-1234-5678);
/// - one article linking into a host that refuses connections and one into a host that never
///   answers (`link_broken`; a few per province, so the sweep's tail stays short).
///
/// Every list page also carries side navigation, a related-links box and header links, and empty
/// lists a placeholder row (see ``SitePageRenderer``).
struct VarietyPlanter {
    let spec: ProvinceSpec
    var random: SeededRandom

    mutating func plant(into sites: inout [SiteModel], hosts: [HostModel]) {
        var order = Array(sites.indices.dropFirst()).filter { index in
            let host = hosts[sites[index].hostIndex]
            return !host.refuses && !host.hangs && !sites[index].defects.contains(.unreachable)
        }
        order.shuffle(using: &random)
        guard !order.isEmpty else { return }
        // Documents listed directly in 政策文件: one missing per CMS style, one large, then at a rate.
        var missingStyles = Set<CMSStyle>()
        var largePlaced = false
        for index in order {
            let style = sites[index].style
            let missing = !missingStyles.contains(style) || random.chance(0.06)
            let large = !largePlaced || random.chance(0.06)
            missingStyles.insert(style)
            largePlaced = true
            listDocuments(in: &sites[index], missing: missing, large: large)
        }
        // Short notices saying 已失效 / 已删除 on UTF-8 sites.
        var notices = 0
        for index in order where sites[index].encoding == .utf8 {
            if notices < 2 || random.chance(0.08), shortNotice(in: &sites[index]) { notices += 1 }
        }
        // A contact table of mobile numbers written in groups: one per province.
        for index in order {
            if groupedMobiles(in: &sites[index]) { break }
        }
        // Chinese-numeral list dates on some Hanweb sites (at least one).
        var chineseDates = false
        for index in order where sites[index].style == .hanweb {
            if !chineseDates || random.chance(0.25) {
                sites[index].dateFormat = 3
                chineseDates = true
            }
        }
        // Links into dead hosts: exactly one of each kind per province.
        // The last item of 工作动态 (past the items that carry planted defects).
        let withNews = order.filter { sites[$0].columns.contains { $0.slug == "gzdt" && $0.items.count > 3 } }
        for (n, index) in withNews.prefix(2).enumerated() {
            let c = sites[index].columns.firstIndex { $0.slug == "gzdt" }!
            let last = sites[index].columns[c].items.count - 1
            sites[index].columns[c].items[last].extras.append(.deadHostLink(hanging: n == 1))
        }
    }

    /// Items of 政策文件 (never the first two, which carry planted defects), from the last one back,
    /// link to documents: a large one and a missing one when asked, then an ordinary one, each on
    /// the next item that is published by the as-of day and carries nothing else planted, so that
    /// even a small site gets every kind it is asked for while it has items to spare.
    private func listDocuments(in site: inout SiteModel, missing: Bool, large: Bool) {
        guard let c = site.columns.firstIndex(where: { $0.slug == "zcwj" }) else { return }
        var wanted: [ListedDocument] = (large ? [.large] : []) + (missing ? [.missing] : []) + [.ordinary]
        for i in site.columns[c].items.indices.reversed() where i >= 2 && !wanted.isEmpty {
            let item = site.columns[c].items[i]
            guard item.document == nil, item.date <= spec.asOf, Self.onlyWorking(item.extras) else { continue }
            site.columns[c].items[i].document = wanted.removeFirst()
            site.columns[c].items[i].extras = []
        }
    }

    /// Item 3 of 通知公告 becomes a short notice.
    private func shortNotice(in site: inout SiteModel) -> Bool {
        guard let c = site.columns.firstIndex(where: { $0.slug == "tzgg" }), site.columns[c].items.count > 3 else { return false }
        var item = site.columns[c].items[3]
        guard Self.onlyWorking(item.extras), item.document == nil, item.date <= spec.asOf else { return false }
        item.shortNotice = true
        item.extras = []
        // The body follows the id's parity (``SitePageRenderer/shortNotice(_:)``); so does the title.
        item.title = item.id % 2 == 0 ? "关于部分规范性文件失效的公告" : "关于已删除过期政务信息的说明"
        site.columns[c].items[3] = item
        return true
    }

    /// Item 4 of 通知公告 lists grid workers' mobile numbers written in groups.
    private func groupedMobiles(in site: inout SiteModel) -> Bool {
        guard let c = site.columns.firstIndex(where: { $0.slug == "tzgg" }), site.columns[c].items.count > 4 else { return false }
        let item = site.columns[c].items[4]
        guard Self.onlyWorking(item.extras), item.document == nil, !item.shortNotice, item.date <= spec.asOf else { return false }
        site.columns[c].items[4].extras.append(.groupedMobiles)
        return true
    }

    /// True when an article carries only the ordinary working image and attachment.
    static func onlyWorking(_ extras: [ArticleExtra]) -> Bool {
        extras.allSatisfy { $0 == .workingImage || $0 == .workingAttachment }
    }
}
