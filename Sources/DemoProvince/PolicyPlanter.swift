import GovSweepProtocol

/// A document's interpretation, or an interpretation's document, in the same site.
struct PolicyPair: Sendable, Hashable {
    /// The partner's column and item indexes.
    var column: Int
    var item: Int
    /// Whether this article's page links to its partner.
    var linked: Bool
}

/// Pairs every site's 政策文件 with its 政策解读 (the k-th interpretation interprets the k-th
/// document, titled after it in one of three forms, linked both ways) and plants, on the first
/// sites that answer: a document nothing interprets, an interpretation not linking back, and a
/// site with no 政策解读 column. Decoys: a document older than the window left uninterpreted, and a
/// 图解 interpretation whose title names no document but which is linked both ways. No randomness.
struct PolicyPlanter {
    let spec: ProvinceSpec

    enum Plant: CaseIterable { case uninterpreted, notLinkedBack, noColumn, oldDocument, linkedGraphic }

    mutating func plant(into sites: inout [SiteModel], hosts: [HostModel]) {
        var plants = Plant.allCases[...]
        for s in sites.indices {
            guard let p = sites[s].columns.firstIndex(where: { $0.category == .policy }),
                  let q = sites[s].columns.firstIndex(where: { $0.category == .interpretation }) else { continue }
            let count = min(sites[s].columns[p].items.count, sites[s].columns[q].items.count)
            for k in 0..<count {
                let document = sites[s].columns[p].items[k]
                sites[s].columns[q].items[k].title = Self.interpretationTitle(of: document.title, form: k % 3)
                sites[s].columns[p].items[k].policyPair = PolicyPair(column: q, item: k, linked: true)
                sites[s].columns[q].items[k].policyPair = PolicyPair(column: p, item: k, linked: true)
            }
            guard let plant = plants.first, isPlain(sites[s], hosts: hosts, p: p, q: q, count: count) else { continue }
            plants = plants.dropFirst()
            let k = 0
            switch plant {
            case .uninterpreted:
                let document = sites[s].columns[p].items[k]
                sites[s].columns[p].items[k].title = Self.unique(document.title, id: document.id)
                unpair(&sites[s], p: p, q: q, k: k)
            case .notLinkedBack:
                sites[s].columns[q].items[k].policyPair?.linked = false
            case .noColumn:
                for c in sites[s].columns.indices where c == p { sites[s].columns[c].items.indices.forEach { sites[s].columns[c].items[$0].policyPair = nil } }
                sites[s].columns.remove(at: q)
            case .oldDocument:
                let last = count - 1
                unpair(&sites[s], p: p, q: q, k: last)
                sites[s].columns[p].items[last].date = spec.asOf.adding(days: -400)
            case .linkedGraphic:
                sites[s].columns[q].items[k].title = "图解：一图读懂\(sites[s].region)新政要点"
            }
        }
    }

    private func unpair(_ site: inout SiteModel, p: Int, q: Int, k: Int) {
        site.columns[p].items[k].policyPair = nil
        site.columns[q].items[k].policyPair = nil
        site.columns[q].items[k].title = "图解：\(site.unit)年度工作亮点（\(site.columns[q].items[k].id)）"
    }

    /// A site that answers whose first and last pairs are plain articles of the window.
    private func isPlain(_ site: SiteModel, hosts: [HostModel], p: Int, q: Int, count: Int) -> Bool {
        let host = hosts[site.hostIndex]
        guard !host.refuses, !host.hangs, count >= 3,
              site.defects.isDisjoint(with: [.unreachable, .robotsDisallow, .calendarTrap, .stalePolicy, .staleInterpretation, .blankColumn])
        else { return false }
        let items = [site.columns[p].items[0], site.columns[q].items[0], site.columns[p].items[count - 1], site.columns[q].items[count - 1]]
        return items.allSatisfy { $0.document == nil && !$0.shortNotice && !$0.extras.contains(.flaky) && $0.date <= spec.asOf }
            && site.columns[p].items[0].date >= spec.asOf.adding(months: -12)
    }

    /// An interpretation's title after its document's: 《X》政策解读, 《关于〈X〉的政策解读》 or 解读《X》.
    static func interpretationTitle(of document: String, form: Int) -> String {
        let named = Self.named(document)
        return switch form {
        case 0: "《\(named)》政策解读"
        case 1: "《关于〈\(named)〉的政策解读》"
        default: "解读《\(named)》"
        }
    }

    /// What a document's title names: the text inside 《》, else the whole title.
    static func named(_ title: String) -> String {
        guard let open = title.range(of: "《"), let close = title.range(of: "》", range: open.upperBound..<title.endIndex)
        else { return title }
        return String(title[open.upperBound..<close.lowerBound])
    }

    /// The title made one of a kind (a revised edition), so that no interpretation of a namesake names it.
    static func unique(_ title: String, id: Int) -> String {
        guard let close = title.range(of: "》") else { return title + "（\(id)修订）" }
        return title.replacingCharacters(in: close, with: "（\(id)修订）》")
    }
}
