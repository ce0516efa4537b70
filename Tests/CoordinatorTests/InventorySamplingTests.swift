import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory sampling")
struct InventorySamplingTests {
    /// A province of 3 cities × (1 city portal + 20 county + 7 township sites) + 9 departments + 1 province portal.
    static let province: [Site] = {
        var sites = [Site(id: "3600000001", name: "江西省人民政府", url: "http://www.jiangxi.gov.cn/", region: "江西省", level: .province)]
        for (c, city) in ["上饶市", "九江市", "赣州市"].enumerated() {
            sites.append(Site(id: "36\(c + 1)1000001", name: "\(city)人民政府", url: "http://c\(c).gov.cn/", region: city, level: .city))
            for k in 0..<20 {
                let portal = k < 2  // two county portals by name
                sites.append(Site(
                    id: "36\(c + 1)12\(InventorySamplingTests.twoDigits(k))001", name: portal ? "第\(k)县人民政府门户网站" : "第\(k)县发展改革委",
                    url: "http://county\(c)-\(k).gov.cn/", region: city, level: .county))
            }
            for k in 0..<7 {
                sites.append(Site(
                    id: "36\(c + 1)13\(InventorySamplingTests.twoDigits(k))001", name: "第\(k)镇便民服务中心",
                    url: "http://town\(c)-\(k).gov.cn/", region: city, level: .township))
            }
        }
        for k in 0..<9 {
            sites.append(Site(id: "bm36\(InventorySamplingTests.twoDigits(k))0001", name: "省直部门\(k)", url: "http://bm\(k).gov.cn/", region: "江西省", level: .department))
        }
        return sites
    }()

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func ids(_ sites: [Site]) -> [String] { sites.map(\.id) }

    @Test("the same seed draws the same sample, whatever the row order")
    func sameSeed() throws {
        let first = try SiteSampler.sample(Self.province, fraction: 0.2, seed: 42)
        let again = try SiteSampler.sample(Self.province, fraction: 0.2, seed: 42)
        let reversed = try SiteSampler.sample(Self.province.reversed(), fraction: 0.2, seed: 42)
        #expect(ids(first) == ids(again))
        #expect(Set(ids(reversed)) == Set(ids(first)))
    }

    @Test("a different seed draws a different sample")
    func differentSeed() throws {
        let one = try SiteSampler.sample(Self.province, fraction: 0.2, seed: 1)
        let two = try SiteSampler.sample(Self.province, fraction: 0.2, seed: 2)
        #expect(Set(ids(one)) != Set(ids(two)))
    }

    @Test("every (region, level) stratum keeps at least ceil(fraction × size)", arguments: [0.05, 0.1, 0.2, 1.0 / 3, 0.5, 0.9])
    func strataShare(fraction: Double) throws {
        let sample = try SiteSampler.sample(Self.province, fraction: fraction, seed: 7)
        let key = { (site: Site) in "\(site.region ?? "")|\(site.level?.rawValue ?? "")" }
        let all = Dictionary(grouping: Self.province, by: key)
        let drawn = Dictionary(grouping: sample, by: key)
        for (stratum, members) in all {
            let wanted = Int((fraction * Double(members.count) - 1e-9).rounded(.up))
            #expect((drawn[stratum]?.count ?? 0) >= wanted, "\(stratum) at \(fraction)")
        }
        #expect(sample.count < Self.province.count)
    }

    @Test("the quota is the rounded-up share, never thrown off by binary fractions")
    func quota() {
        #expect(SiteSampler.quota(fraction: 0.1, size: 30) == 3)
        #expect(SiteSampler.quota(fraction: 0.1, size: 31) == 4)
        #expect(SiteSampler.quota(fraction: 0.01, size: 7) == 1)
        #expect(SiteSampler.quota(fraction: 1, size: 7) == 7)
    }

    @Test("portals are always in the sample")
    func portalsKept() throws {
        let portals = Set(ids(Self.province.filter(\.isPortal)))
        #expect(portals.count == 1 + 3 + 6)
        for seed: UInt64 in [1, 2, 3, 99] {
            let sample = Set(ids(try SiteSampler.sample(Self.province, fraction: 0.05, seed: seed)))
            #expect(portals.isSubset(of: sample))
        }
    }

    @Test("the portal rule: province or city level, or a name ending with 人民政府")
    func portalRule() {
        let site = { (name: String, level: SiteLevel?) in Site(id: "1", name: name, url: "http://a.gov.cn/", level: level) }
        #expect(site("江西省教育厅", .province).isPortal)
        #expect(site("上饶市教育局", .city).isPortal)
        #expect(site("铅山县人民政府", .county).isPortal)
        #expect(site("上饶市人民政府门户网站", nil).isPortal)
        #expect(site("五府山镇人民政府网", .township).isPortal)
        #expect(!site("铅山县人民政府办公室", .county).isPortal)
        #expect(!site("上饶市教育局", .department).isPortal)
    }

    @Test("fraction 1 keeps every site in input order")
    func everything() throws {
        #expect(ids(try SiteSampler.sample(Self.province, fraction: 1, seed: 5)) == ids(Self.province))
    }

    @Test("a fraction outside (0, 1] is a typed error", arguments: [0, -0.1, 1.01, Double.nan, Double.infinity])
    func badFraction(fraction: Double) {
        #expect(throws: SamplingError.self) { try SiteSampler.sample(Self.province, fraction: fraction, seed: 1) }
    }

    @Test("SplitMix64 gives the published sequence for seed 0")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        for bound: UInt64 in [1, 2, 7, 1000] {
            #expect(generator.next(below: bound) < bound)
        }
    }
}
