import Foundation
import GovSweepProtocol

/// A document's interpretation, or an interpretation's document, in the same site.
struct PolicyPair: Sendable, Hashable {
    /// The partner's column and item indexes.
    var column: Int
    var item: Int
    /// Whether this article's page links to its partner.
    var linked: Bool
}

/// Gives every site's 政策文件 titles of their own and pairs them with its 政策解读: the k-th
/// interpretation interprets the k-th document, is dated on or a little after it and titled after
/// it in one of four forms (《X》政策解读, 《关于〈X〉的政策解读》, 图解：一图读懂《X》, 视频解读｜X), and
/// the two pages link each other. No randomness.
///
/// Planted, each on its own site (the first plain sites): a document that nothing interprets (its
/// interpretation slot holds an interpretation of a national document, listed only in the column:
/// a decoy), an interpretation whose page does not link back, a document whose page does not link
/// to its interpretation, a pair linked neither way and matched only by a title that quotes the
/// document in other brackets, and a site without a 政策解读 column. Also a decoy: a document
/// dated 400 days back, older than the window, that nothing interprets. Sites whose policy or interpretation column is
/// planted stale keep their dates; their interpretations interpret national documents.
///
/// Decoys on every other paired site: its third document is a routine one that nothing
/// interprets (a 任免 notice, a holiday notice, a 批复, a tender, 会议纪要, a work notice), which the
/// indicators do not ask to be interpreted; on one site in seven of those, a plain one crawled
/// whole, a 通知 titled like a policy whose page states a letter's 文号 (…府办函〔…〕…号). Every
/// other document's page states a 文号 of the 发 kind.
struct PolicyPlanter {
    let spec: ProvinceSpec

    enum Plant: CaseIterable { case uninterpreted, notLinkedBack, documentNotLinking, titleOnly, noColumn, oldUninterpreted }

    mutating func plant(into sites: inout [SiteModel], hosts: [HostModel]) {
        var plants = Plant.allCases[...]
        for s in sites.indices {
            guard let p = sites[s].columns.firstIndex(where: { $0.category == .policy }) else { continue }
            retitleDocuments(&sites[s], p: p, serial: s)
            guard let q = sites[s].columns.firstIndex(where: { $0.category == .interpretation }) else { continue }
            guard sites[s].defects.isDisjoint(with: [.stalePolicy, .staleInterpretation]) else {
                for k in sites[s].columns[q].items.indices { sites[s].columns[q].items[k].title = Self.nationalInterpretation(k) }
                continue
            }
            let count = min(sites[s].columns[p].items.count, sites[s].columns[q].items.count)
            for k in 0..<count { pair(&sites[s], p: p, q: q, k: k) }
            for k in count..<sites[s].columns[q].items.count { sites[s].columns[q].items[k].title = Self.nationalInterpretation(k) }
            if count >= 4, s % 2 == 0 {
                unpair(&sites[s], p: p, q: q, k: 2)
                sites[s].columns[p].items[2].routineDocument = true
                if s % 14 == 12, isPlainSite(sites[s], hosts: hosts), isPlainArticle(sites[s].columns[p].items[2]) {
                    // Titled like a policy; only the 文号 its page states (函) says it is a letter.
                    let topic = Gazetteer.topics[(s / 2) % Gazetteer.topics.count]
                    sites[s].columns[p].items[2].title = "关于进一步加强\(topic)督查反馈问题整改的通知"
                    sites[s].columns[p].items[2].documentNumber = "\(sites[s].region.prefix(2))府办函〔\(spec.asOf.year - 1)〕\(40 + s)号"
                } else {
                    sites[s].columns[p].items[2].title = routineTitle(sites[s], serial: s / 2)
                }
            }
            guard isPlain(sites[s], hosts: hosts, p: p, q: q, count: count),
                  let plant = plants.first(where: { $0 != .oldUninterpreted || hasOldPair(sites[s], p: p, q: q, count: count) })
            else { continue }
            plants.removeAll { $0 == plant }
            let k = 1
            switch plant {
            case .uninterpreted:
                unpair(&sites[s], p: p, q: q, k: k)
            case .notLinkedBack:
                sites[s].columns[q].items[k].policyPair?.linked = false
            case .documentNotLinking:
                sites[s].columns[p].items[k].policyPair?.linked = false
            case .titleOnly:
                sites[s].columns[p].items[k].policyPair?.linked = false
                sites[s].columns[q].items[k].policyPair?.linked = false
                sites[s].columns[q].items[k].title = Self.interpretationTitle(of: sites[s].columns[p].items[k].title, form: 1)
            case .noColumn:
                for k in sites[s].columns[p].items.indices { sites[s].columns[p].items[k].policyPair = nil }
                sites[s].columns.remove(at: q)
            case .oldUninterpreted:
                unpair(&sites[s], p: p, q: q, k: count - 1)
                sites[s].columns[p].items[count - 1].date = spec.asOf.adding(days: -400)
            }
        }
    }

    /// Titles of their own for every document of the site: topic and kind differ from item to item.
    /// Each states a 文号 of the 发 kind (上饶府发〔2023〕3号).
    private func retitleDocuments(_ site: inout SiteModel, p: Int, serial: Int) {
        for k in site.columns[p].items.indices {
            let topic = Gazetteer.topics[(serial + k) % Gazetteer.topics.count]
            let round = (k / Gazetteer.topics.count) % 3
            site.columns[p].items[k].title = k % 3 == 2
                ? "\(site.unit)关于进一步加强\(topic)\(["工作", "管理", "监督"][round])的意见"
                : "关于印发《\(site.region)\(topic)\(["实施方案", "三年行动计划", "管理办法"][round])》的通知"
            site.columns[p].items[k].documentNumber = "\(site.region.prefix(2))府发〔\(site.columns[p].items[k].date.year)〕\(k + 1)号"
        }
    }

    /// A routine document's title, of one of six kinds in turn: 任免, 放假, 批复, 招标, 会议纪要, a work notice.
    private func routineTitle(_ site: SiteModel, serial: Int) -> String {
        let topic = Gazetteer.topics[serial % Gazetteer.topics.count]
        let name = Gazetteer.surnames[serial % Gazetteer.surnames.count] + Gazetteer.givenNames[serial % Gazetteer.givenNames.count]
        return switch serial % 6 {
        case 0: "关于\(name)同志任职的通知"
        case 1: "关于\(spec.asOf.year)年元旦放假安排的通知"
        case 2: "关于同意\(site.region)\(topic)项目立项的批复"
        case 3: "\(site.region)\(topic)项目施工招标公告"
        case 4: "\(site.unit)第\(serial + 3)次常务会议纪要"
        default: "关于开展\(topic)专项检查的通知"
        }
    }

    /// Makes the k-th interpretation the k-th document's, dated on the document's day or up to two
    /// days after (never after the as-of date), the two pages linking each other.
    private func pair(_ site: inout SiteModel, p: Int, q: Int, k: Int) {
        let document = site.columns[p].items[k]
        let date = document.date.adding(days: k % 3)
        site.columns[q].items[k].title = Self.interpretationTitle(of: document.title, form: k % 4)
        site.columns[q].items[k].date = date > spec.asOf ? document.date : date
        site.columns[p].items[k].policyPair = PolicyPair(column: q, item: k, linked: true)
        site.columns[q].items[k].policyPair = PolicyPair(column: p, item: k, linked: true)
    }

    private func unpair(_ site: inout SiteModel, p: Int, q: Int, k: Int) {
        site.columns[p].items[k].policyPair = nil
        site.columns[q].items[k].policyPair = nil
        site.columns[q].items[k].title = Self.nationalInterpretation(k)
    }

    /// A site that answers and is crawled whole.
    private func isPlainSite(_ site: SiteModel, hosts: [HostModel]) -> Bool {
        let host = hosts[site.hostIndex]
        return !host.refuses && !host.hangs
            && site.defects.isDisjoint(with: [.unreachable, .robotsDisallow, .calendarTrap, .blankColumn])
    }

    /// A site that answers, crawled whole, whose second pair is of plain articles of the window.
    private func isPlain(_ site: SiteModel, hosts: [HostModel], p: Int, q: Int, count: Int) -> Bool {
        guard isPlainSite(site, hosts: hosts), count >= 3 else { return false }
        return [site.columns[p].items[1], site.columns[q].items[1]].allSatisfy(isPlainArticle)
            && site.columns[p].items[1].date >= spec.asOf.adding(months: -12)
    }

    /// Whether the site's last pair is of plain articles (its document is then dated 400 days back).
    private func hasOldPair(_ site: SiteModel, p: Int, q: Int, count: Int) -> Bool {
        count >= 3 && [site.columns[p].items[count - 1], site.columns[q].items[count - 1]].allSatisfy(isPlainArticle)
    }

    private func isPlainArticle(_ item: ItemModel) -> Bool {
        item.document == nil && !item.shortNotice && !item.extras.contains(.flaky) && item.date <= spec.asOf
    }

    /// An interpretation's title after its document's, in one of four forms: 《X》政策解读,
    /// 《关于〈X〉的政策解读》, 图解：一图读懂《X》 and 视频解读｜X, X being what the title names.
    static func interpretationTitle(of document: String, form: Int) -> String {
        let named = Self.named(document)
        return switch form % 4 {
        case 0: "《\(named)》政策解读"
        case 1: "《关于〈\(named)〉的政策解读》"
        case 2: "图解：一图读懂《\(named)》"
        default: "视频解读｜\(named)"
        }
    }

    /// What a document's title names: the text inside 《》, else the whole title.
    static func named(_ title: String) -> String {
        guard let open = title.range(of: "《"), let close = title.range(of: "》", range: open.upperBound..<title.endIndex)
        else { return title }
        return String(title[open.upperBound..<close.lowerBound])
    }

    /// An interpretation of a national document, which no document of a site names.
    static func nationalInterpretation(_ k: Int) -> String {
        let topic = Gazetteer.topics[k % Gazetteer.topics.count]
        return "解读《国务院办公厅关于推进\(topic)高质量发展的指导意见》（\(k % 9 + 1)）"
    }
}
