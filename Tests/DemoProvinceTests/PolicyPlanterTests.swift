import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Policy documents and interpretations of the demo province")
struct DemoPolicyTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 2024, asOf: asOf))

    @Test("interpretations are titled after their documents and the two pages link each other")
    func paired() throws {
        let index = try #require(Self.province.sites.firstIndex { site in
            site.columns.contains { $0.category == .interpretation && $0.items.contains { $0.policyPair?.linked == true && $0.document == nil } }
        })
        let site = Self.province.sites[index]
        let q = try #require(site.columns.firstIndex { $0.category == .interpretation })
        let k = try #require(site.columns[q].items.firstIndex { $0.policyPair?.linked == true && $0.document == nil })
        let interpretation = site.columns[q].items[k]
        let pair = try #require(interpretation.policyPair)
        let document = site.columns[pair.column].items[pair.item]
        #expect(interpretation.title.contains(PolicyPlanter.named(document.title)))
        let page = SitePageRenderer(province: Self.province, siteIndex: index).article(column: q, item: k)
        #expect(page.contains("相关文件：<a href=\"\(site.articlePath(site.columns[pair.column], document))\">\(document.title)</a>"))
    }

    @Test("the truth plants each policy check once, with negatives for interpreted documents, linked interpretations and an old document")
    func truth() {
        let truth = Self.province.groundTruth
        let expected = truth.allExpected.map(\.expectation)
        let negatives = truth.sites.flatMap(\.negatives)
        for check in [CheckID.policyNotInterpreted, .interpretationNotLinked, .interpretationColumnMissing] {
            #expect(expected.contains { $0.check == check }, "\(check.rawValue) not planted")
        }
        #expect(expected.filter { $0.check == .interpretationColumnMissing }.count == 1)
        #expect(negatives.contains { $0.check == .policyNotInterpreted && $0.note.contains("before the window") })
        #expect(negatives.filter { $0.check == .interpretationNotLinked }.count > 50)
    }
}
