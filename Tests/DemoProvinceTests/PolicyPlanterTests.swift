import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Policy documents and interpretations of the demo province")
struct DemoPolicyTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 2024, asOf: asOf))
    static let checks: Set<CheckID> = [.policyNotInterpreted, .interpretationNotLinked, .interpretationColumnMissing]

    /// Every interpretation with a partner, as (site index, interpretation column, item index).
    static var pairs: [(site: Int, column: Int, item: Int)] {
        province.sites.indices.flatMap { s in
            province.sites[s].columns.indices.filter { province.sites[s].columns[$0].category == .interpretation }.flatMap { q in
                province.sites[s].columns[q].items.indices.filter { province.sites[s].columns[q].items[$0].policyPair != nil }.map { (s, q, $0) }
            }
        }
    }

    @Test("an interpretation is titled after its document in one of four forms, dated on or after it, and the two pages link each other")
    func paired() throws {
        #expect(Self.pairs.count > 200)
        var forms = Set<String>()
        for (s, q, k) in Self.pairs {
            let site = Self.province.sites[s]
            let interpretation = site.columns[q].items[k]
            let pair = try #require(interpretation.policyPair)
            let document = site.columns[pair.column].items[pair.item]
            #expect(interpretation.title.contains(PolicyPlanter.named(document.title)))
            #expect(interpretation.date >= document.date && interpretation.date <= Self.asOf)
            forms.insert(["政策解读》", "》政策解读", "图解：", "视频解读｜"].first { interpretation.title.contains($0) } ?? interpretation.title)
            guard pair.linked, document.policyPair?.linked == true, document.document == nil else { continue }
            let renderer = SitePageRenderer(province: Self.province, siteIndex: s)
            #expect(renderer.article(column: q, item: k).contains("相关文件：<a href=\"\(site.articlePath(site.columns[pair.column], document))\">"))
            #expect(renderer.article(column: pair.column, item: pair.item).contains("相关解读：<a href=\"\(site.articlePath(site.columns[q], interpretation))\">"))
        }
        #expect(forms == ["政策解读》", "》政策解读", "图解：", "视频解读｜"])
    }

    @Test("a site's documents have titles of their own, so that no interpretation names two")
    func uniqueTitles() {
        for site in Self.province.sites {
            guard let policy = site.columns.first(where: { $0.category == .policy }) else { continue }
            #expect(Set(policy.items.map(\.title)).count == policy.items.count, "\(site.id)")
        }
    }

    @Test("the truth plants an uninterpreted document, three pairs not linked both ways (each direction, and title only) and a site without 政策解读, on distinct sites")
    func truth() throws {
        let truth = Self.province.groundTruth
        let planted = truth.sites.flatMap { site in site.expected.filter { Self.checks.contains($0.check) }.map { (site.siteID, $0) } }
        #expect(planted.filter { $0.1.check == .interpretationColumnMissing }.count == 1)
        let unlinked = planted.filter { $0.1.check == .interpretationNotLinked }
        #expect(Set(unlinked.map(\.1.note)) == [
            "its page does not link back to the document", "the document's page does not link to it",
            "neither page links the other; matched by title only",
        ])
        #expect(Set(unlinked.map(\.0)).count == 3)
        // Uninterpreted documents: the planted one, and those of sites whose policy or interpretation column is planted stale.
        let uninterpreted = Set(planted.filter { $0.1.check == .policyNotInterpreted }.map(\.0))
        let staleSites = Set(Self.province.sites.filter { !$0.defects.isDisjoint(with: [.stalePolicy, .staleInterpretation]) }.map(\.id))
        #expect(uninterpreted.subtracting(staleSites).count == 1)
        let negatives = truth.sites.flatMap(\.negatives)
        #expect(negatives.contains { $0.check == .policyNotInterpreted && $0.note.contains("before the window") })
        #expect(negatives.contains { $0.check == .interpretationNotLinked && $0.note.contains("national document") })
        #expect(negatives.filter { $0.check == .interpretationNotLinked && $0.note.hasPrefix("linked both ways") }.count > 100)
    }

    @Test("the title-only pair quotes its document in other brackets and is a negative for the document")
    func titleOnlyDecoy() throws {
        let (s, q, k) = try #require(Self.pairs.first { s, q, k in
            let item = Self.province.sites[s].columns[q].items[k]
            return item.policyPair?.linked == false
                && Self.province.sites[s].columns[item.policyPair!.column].items[item.policyPair!.item].policyPair?.linked == false
        })
        let site = Self.province.sites[s]
        let interpretation = site.columns[q].items[k]
        #expect(interpretation.title.hasPrefix("《关于〈") && interpretation.title.hasSuffix("〉的政策解读》"))
        let pair = try #require(interpretation.policyPair)
        let document = site.columns[pair.column].items[pair.item]
        #expect(!SitePageRenderer(province: Self.province, siteIndex: s).article(column: pair.column, item: pair.item).contains("相关解读"))
        let truth = try #require(Self.province.groundTruth.sites.first { $0.siteID == site.id })
        #expect(truth.negatives.contains { $0.check == .policyNotInterpreted && $0.url.hasSuffix(site.articlePath(site.columns[pair.column], document)) })
    }

    @Test("routine documents (任免, 放假, 批复, 招标, 会议纪要, a work notice) stand unpaired in 政策文件 columns and are negatives, never planted")
    func routineDecoys() throws {
        var kinds = Set<String>()
        var decoys = 0
        for site in Self.province.sites {
            guard let policy = site.columns.first(where: { $0.category == .policy }) else { continue }
            let truth = try #require(Self.province.groundTruth.sites.first { $0.siteID == site.id })
            for item in policy.items where item.routineDocument {
                decoys += 1
                #expect(item.policyPair == nil)
                kinds.insert(["任职", "放假", "批复", "招标公告", "会议纪要", "专项检查"].first { item.title.contains($0) }
                    ?? (item.documentNumber?.contains("府办函〔") == true ? "函" : item.title))
                let planted = truth.expected.filter { $0.check == .policyNotInterpreted && $0.url.hasSuffix(site.articlePath(policy, item)) }
                #expect(planted.isEmpty, "\(item.title)")
                if item.document == nil, item.date <= Self.asOf, item.date >= Self.asOf.adding(months: -12) {
                    #expect(truth.negatives.contains { $0.check == .policyNotInterpreted && $0.url.hasSuffix(site.articlePath(policy, item)) })
                }
            }
        }
        #expect(decoys >= 10)
        #expect(kinds == ["任职", "放假", "批复", "招标公告", "会议纪要", "专项检查", "函"])
    }

    @Test("policy documents' pages state a 文号 under 发文字号; the letter decoy's is a 函 number, the others' 发 numbers")
    func documentNumbers() throws {
        var letters = 0
        for (s, site) in Self.province.sites.enumerated() {
            guard let p = site.columns.firstIndex(where: { $0.category == .policy }) else { continue }
            for (k, item) in site.columns[p].items.enumerated() where item.document == nil && !item.shortNotice {
                let number = try #require(item.documentNumber, "\(site.id) \(item.title)")
                #expect(SitePageRenderer(province: Self.province, siteIndex: s).article(column: p, item: k).contains("发文字号：\(number)"))
                if number.contains("府办函〔") {
                    letters += 1
                    #expect(item.routineDocument && item.title.hasSuffix("的通知"))
                } else {
                    #expect(number.contains("府发〔"))
                }
            }
        }
        #expect(letters >= 1)
    }
}
