import Foundation
import GovSweepProtocol

/// Plants copied articles (抄袭) and their look-alikes across sites, without randomness so that
/// every other planted defect stays where it was.
///
/// Sites that answer, in roster order, offer their first news-like column whose two newest items
/// are plain dated articles. Consecutive offers are paired; the later-dated newest item of one
/// takes the other's second item's body. The pairs plant, in turn: an exact copy, a near copy, a
/// credited repost (decoy); then two sites carry the same 新华社 dispatch (decoy) and one writes
/// the first original's template and topic with its own unit and figures (decoy).
struct CopiedContentPlanter {
    let spec: ProvinceSpec

    /// A 新华社 dispatch every site may carry.
    static let sharedDispatch = [
        "新华社北京电　国务院常务会议近日召开，研究部署进一步优化营商环境、激发经营主体活力的政策措施，审议通过有关行政法规草案。",
        "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，持续推进政务服务标准化规范化便利化。",
        "会议要求，各地区各部门要抓好政策落实，加强跟踪评估，及时回应企业和群众关切，切实增强政策的针对性和有效性，推动各项措施早见实效。",
    ]

    mutating func plant(into sites: inout [SiteModel], hosts: [HostModel]) {
        var offers = sites.indices.compactMap { offer(sites, $0, hosts: hosts) }
        var pairs: [(original: ArticleAddress, copy: ArticleAddress)] = []
        while offers.count >= 2, pairs.count < 3 {
            let a = offers.removeFirst(), b = offers.removeFirst()
            func item(_ address: ArticleAddress) -> ItemModel { sites[address.site].columns[address.column].items[address.item] }
            let aOld = ArticleAddress(site: a.site, column: a.column, item: 1), bOld = ArticleAddress(site: b.site, column: b.column, item: 1)
            if item(b).date > item(aOld).date {
                pairs.append((aOld, b))
            } else if item(a).date > item(bOld).date {
                pairs.append((bOld, a))
            }
        }
        let kinds: [PlantedBody.Kind] = [.exactCopy, .nearCopy, .creditedRepost]
        for (kind, pair) in zip(kinds, pairs) {
            let source = sites[pair.original.site]
            let original = source.columns[pair.original.column].items[pair.original.item]
            var paragraphs = Copywriter.paragraphs(title: original.title, unit: source.unit, serial: original.id)
            if kind == .nearCopy { paragraphs[0] = paragraphs[0].replacingFirst("近日", with: "日前") }
            let body = PlantedBody(kind: kind, paragraphs: paragraphs, source: kind == .creditedRepost ? source.unit : nil,
                                   original: pair.original)
            sites[pair.copy.site].columns[pair.copy.column].items[pair.copy.item].body = body
        }
        for address in offers.prefix(2) {
            sites[address.site].columns[address.column].items[0].body = PlantedBody(
                kind: .sharedRepost, paragraphs: Self.sharedDispatch, source: "新华社", original: nil)
        }
        if let first = pairs.first, let address = offers.dropFirst(2).first {
            // The original's wording, title and topic, with this article's own unit and figures.
            let source = sites[first.original.site].columns[first.original.column].items[first.original.item]
            let own = sites[address.site].columns[address.column].items[0]
            var paragraphs = Copywriter.paragraphs(title: source.title, unit: sites[address.site].unit, serial: source.id)
            paragraphs[1] = Copywriter.paragraphs(title: own.title, unit: sites[address.site].unit, serial: own.id)[1]
            sites[address.site].columns[address.column].items[0].body = PlantedBody(
                kind: .sameTemplate, paragraphs: paragraphs, source: nil, original: first.original)
        }
    }

    /// The site's newest item of its first news-like column, when the site answers and the
    /// column's two newest items are plain articles dated on or before the as-of date.
    private func offer(_ sites: [SiteModel], _ index: Int, hosts: [HostModel]) -> ArticleAddress? {
        let site = sites[index]
        let host = hosts[site.hostIndex]
        guard !host.refuses, !host.hangs, site.defects.isDisjoint(with: [.unreachable, .robotsDisallow, .calendarTrap])
        else { return nil }
        for (c, column) in site.columns.enumerated() where [.news, .notice].contains(column.category) && !column.robotsDisallowed {
            guard column.items.count >= 2 else { continue }
            let newest = column.items.prefix(2)
            if newest.allSatisfy({ $0.extras.isEmpty && $0.document == nil && !$0.shortNotice && $0.date <= spec.asOf && $0.body == nil }) {
                return ArticleAddress(site: index, column: c, item: 0)
            }
        }
        return nil
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
