import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Province generation")
struct GenerationTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let demo = Province(spec: ProvinceSpec(sites: 60, seed: 7, asOf: asOf))

    @Test("the same seed gives the same province, byte for byte")
    func deterministic() throws {
        let spec = ProvinceSpec(sites: 20, seed: 99, asOf: Self.asOf)
        let first = Province(spec: spec)
        let second = Province(spec: spec)
        #expect(try first.groundTruth.jsonData() == second.groundTruth.jsonData())
        #expect(first.inventoryCSV() == second.inventoryCSV())
        for site in first.inventory.prefix(5) {
            #expect(first.pages(ofSite: site.id) == second.pages(ofSite: site.id))
        }
        let other = Province(spec: ProvinceSpec(sites: 20, seed: 100, asOf: Self.asOf))
        #expect(try other.groundTruth.jsonData() != first.groundTruth.jsonData())
    }

    @Test("every check but tls_invalid is planted in a 60-site province")
    func everyCheckPlanted() {
        let planted = Set(Self.demo.groundTruth.allExpected.map(\.expectation.check))
        for check in CheckID.allCases where check != .tlsInvalid {
            #expect(planted.contains(check), "\(check.rawValue) is not planted")
        }
        #expect(!planted.contains(.tlsInvalid))
        #expect(Self.demo.groundTruth.notes.contains { $0.contains("tls_invalid") })
    }

    @Test("each kind of negative appears at least once")
    func negativesPlanted() {
        let notes = Self.demo.groundTruth.sites.flatMap(\.negatives).map { "\($0.check.rawValue) \($0.note)" }
        for needle in ["site_unreachable the homepage answers 503", "link_broken answers 503", "link_broken 403",
                       "sensitive_data ID numbers masked", "sensitive_data an 18-digit", "serious_typo 国务院副总理",
                       "spam_injection the navigation", "column_stale a blank column"] {
            #expect(notes.contains { $0.hasPrefix(needle) }, "no negative \(needle)")
        }
    }

    @Test("site ids are valid, unique 网站标识码 and URLs are on the site's host")
    func siteIDs() throws {
        let pattern = try Regex("^(?:[1-9][0-9]{5}|bm[0-9]{4})[0-9]{4}$")
        let province = Province(spec: ProvinceSpec(sites: ProvinceRoster.capacity, seed: 1, asOf: Self.asOf, pagesPerSite: 16))
        let ids = province.inventory.map(\.id)
        #expect(ids.count >= 1000)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.wholeMatch(of: pattern) != nil, "\(id)") }
        #expect(ids.contains { $0.hasPrefix("bm") })
        #expect(Set(province.inventory.compactMap(\.region)).count == 12)  // 11 cities and the province
    }

    @Test("platform channels share a host and a host group; a quarter or so of sites are GBK")
    func platformsAndEncodings() {
        let truth = Self.demo.groundTruth
        let grouped = Dictionary(grouping: truth.sites.filter { $0.hostGroup != nil }, by: \.hostGroup!)
        #expect(grouped.values.contains { $0.count >= 2 })
        for sites in grouped.values {
            let origins = Set(sites.map { $0.url.split(separator: "/")[1] })
            #expect(origins.count == 1)
        }
        let gbk = truth.sites.filter { $0.encoding.hasPrefix("gbk") }.count
        #expect((6...24).contains(gbk), "\(gbk) GBK sites of 60")
        #expect(Set(truth.sites.map(\.style)) == ["trs", "hanweb", "jsp"])
    }

    @Test("column truth: every judged category appears, stale columns are older than their window")
    func columnTruth() {
        let truth = Self.demo.groundTruth
        let columns = truth.sites.flatMap(\.columns)
        #expect(Set(columns.map(\.category)).isSuperset(of: [.news, .notice, .policy, .interpretation, .plan, .personnel]))
        let staleCategories = Set(truth.sites.flatMap { site in
            site.expected.filter { $0.check == .columnStale }.compactMap { e in site.columns.first { $0.url == e.url }?.category }
        })
        #expect(staleCategories.isSuperset(of: [.news, .notice, .policy, .interpretation, .plan, .personnel]))
        for site in truth.sites {
            for expectation in site.expected where expectation.check == .columnStale {
                let latest = try! #require(expectation.date)
                #expect(latest < Self.asOf.adding(days: -14))
            }
        }
    }
}

extension GenerationTests {
    @Test("a stale homepage lists nothing from the last 14 days; a fresh one lists something from the last 5")
    func homepageDates() throws {
        let province = Self.demo
        let asOf = Self.asOf
        for site in province.groundTruth.sites where !site.expected.contains(where: { $0.check == .siteUnreachable }) {
            let home = try #require(province.pages(ofSite: site.siteID).first { site.url.hasSuffix($0.key) && $0.key.hasSuffix("/") }?.value)
            let text = TextDecoding.decode(home.body, encoding: site.encoding.hasPrefix("gbk") ? "GB18030" : "UTF-8")
            let dates = text.matches(of: /([0-9]{4})[-年]([0-9]{1,2})[-月]([0-9]{1,2})|\[([0-9]{2})-([0-9]{2})\]/).compactMap { match -> CivilDate? in
                if let y = match.output.1, let m = match.output.2, let d = match.output.3 {
                    return CivilDate(year: Int(y)!, month: Int(m)!, day: Int(d)!)
                }
                guard let m = match.output.4, let d = match.output.5,
                      let date = CivilDate(year: asOf.year, month: Int(m)!, day: Int(d)!) else { return nil }
                return date > asOf ? CivilDate(year: asOf.year - 1, month: date.month, day: date.day) : date
            }.filter { $0 <= asOf } + ColumnDateTests.chineseNumeralDates(in: text).filter { $0 <= asOf }
            let newest = try #require(dates.max())
            if site.expected.contains(where: { $0.check == .homepageStale }) {
                #expect(newest < asOf.adding(days: -14), "\(site.siteID)")
            } else {
                #expect(newest >= asOf.adding(days: -5), "\(site.siteID)")
            }
        }
    }
}

@Suite("Province generator at scale")
struct GenerationAtScaleTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!

    @Test("4000 sites: unique valid ids, every made-up county in a real city, the same for the same seed")
    func fourThousandSites() throws {
        #expect(ProvinceSpec.maximumSites >= 4000)
        let spec = ProvinceSpec(sites: 4000, seed: 7, asOf: Self.asOf, pagesPerSite: 16)
        #expect(spec.sites == 4000)
        let first = Province(spec: spec).inventory
        let second = Province(spec: spec).inventory
        #expect(first.count == 4000)
        #expect(first == second)
        let pattern = try Regex("^(?:[1-9][0-9]{5}|bm[0-9]{4})[0-9]{4}$")
        #expect(Set(first.map(\.id)).count == 4000)
        #expect(Set(first.map(\.url)).count == 4000)
        for site in first { #expect(site.id.wholeMatch(of: pattern) != nil, "\(site.id)") }
        #expect(Set(first.compactMap(\.region)).count == 12)
        // Past the real counties, platforms keep their channels together.
        let groups = Dictionary(grouping: first.filter { $0.hostGroup != nil }, by: \.hostGroup!)
        #expect(groups.count > 150)
        #expect(groups.values.allSatisfy { Set($0.map { Site.hostKey(of: $0.url) }).count == 1 })
    }

    @Test("up to the real counties' size the roster is what it always was")
    func baseRosterUnchanged() {
        let roster = ProvinceRoster(count: ProvinceRoster.baseCapacity)
        let larger = ProvinceRoster(count: ProvinceRoster.baseCapacity + 50)
        #expect(larger.entities.prefix(roster.entities.count).map(\.name) == roster.entities.map(\.name))
        #expect(larger.entities.dropFirst(roster.entities.count).allSatisfy { Int($0.organisationCode.suffix(2))! >= 40 })
    }
}

extension GenerationAtScaleTests {
    @Test("no made-up county shares a name with another county, so no two platforms share a host_group")
    func countyNamesUnique() {
        let roster = ProvinceRoster(count: ProvinceRoster.capacity)
        let counties = roster.entities.filter { $0.level == .county }.map(\.name)
        #expect(Set(counties).count == counties.count)
    }
}
