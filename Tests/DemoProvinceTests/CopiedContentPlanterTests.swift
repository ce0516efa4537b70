import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Copied articles (抄袭) of the demo province")
struct DemoCopiedContentTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 2024, asOf: asOf))

    /// Every planted body with where it sits.
    static var planted: [(site: Int, item: ItemModel, body: PlantedBody)] {
        province.sites.indices.flatMap { s in
            province.sites[s].columns.flatMap(\.items).compactMap { item in item.body.map { (s, item, $0) } }
        }
    }

    static func original(_ address: ArticleAddress) -> ItemModel {
        province.sites[address.site].columns[address.column].items[address.item]
    }

    @Test("an exact and a near copy, each later than its original on another site, beside a credited repost, two shared dispatches and a look-alike")
    func planted() throws {
        let kinds = Self.planted.map(\.body.kind)
        #expect(kinds.filter { $0 == .exactCopy }.count == 1)
        #expect(kinds.filter { $0 == .nearCopy }.count == 1)
        #expect(kinds.filter { $0 == .creditedRepost }.count == 1)
        #expect(kinds.filter { $0 == .sharedRepost }.count == 2)
        #expect(kinds.filter { $0 == .sameTemplate }.count == 1)
        for (site, item, body) in Self.planted where body.kind != .sharedRepost {
            let address = try #require(body.original)
            #expect(address.site != site)
            #expect(Self.original(address).date < item.date)
            #expect(item.date <= Self.asOf)
        }
    }

    @Test("a copy's page shows the original's paragraphs; a credited repost names the original's unit as 来源")
    func served() throws {
        for (s, item, body) in Self.planted where body.kind == .exactCopy || body.kind == .creditedRepost {
            let site = Self.province.sites[s]
            let column = try #require(site.columns.firstIndex { $0.items.contains(item) })
            let page = SitePageRenderer(province: Self.province, siteIndex: s).article(column: column, item: site.columns[column].items.firstIndex(of: item)!)
            let address = try #require(body.original)
            let source = Self.province.sites[address.site]
            let original = Self.original(address)
            for paragraph in Copywriter.paragraphs(title: original.title, unit: source.unit, serial: original.id) {
                #expect(page.contains(paragraph))
            }
            #expect(page.contains("来源：\(body.kind == .creditedRepost ? source.unit : site.unit)"))
        }
    }

    @Test("the truth expects both copies at their own pages (the original named in the note), and lists every decoy and short notice as a negative")
    func truth() {
        let truth = Self.province.groundTruth
        let expected = truth.allExpected.map(\.expectation).filter { $0.check == .contentCopied }
        #expect(expected.count == 2)
        #expect(expected.allSatisfy { $0.match == .url && $0.target == nil && $0.note.contains("http://") })
        let negatives = truth.sites.flatMap(\.negatives).filter { $0.check == .contentCopied }
        let notices = Self.province.sites.filter { site in
            !Self.province.hosts[site.hostIndex].refuses && !Self.province.hosts[site.hostIndex].hangs
        }.flatMap { $0.columns.flatMap(\.items) }.filter(\.shortNotice).count
        #expect(negatives.count == 4 + notices)
    }
}
