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

    @Test("the sample holds the share asked for, shared among strata in proportion", arguments: [0.15, 0.2, 0.3, 1.0 / 3, 0.5, 0.9])
    func shareDrawn(fraction: Double) throws {
        let sample = try SiteSampler.sample(Self.province, fraction: fraction, seed: 7)
        #expect(sample.count == SiteSampler.quota(fraction: fraction, size: Self.province.count))
        let key = { (site: Site) in "\(site.region ?? "")|\(site.level?.rawValue ?? "")" }
        let others = Self.province.filter { !$0.isPortal }
        let budget = Double(sample.count - Self.province.count(where: \.isPortal))
        let all = Dictionary(grouping: others, by: key)
        let drawn = Dictionary(grouping: sample.filter { !$0.isPortal }, by: key)
        for (stratum, members) in all {
            let exact = budget * Double(members.count) / Double(others.count)
            let count = Double(drawn[stratum]?.count ?? 0)
            #expect(count >= exact.rounded(.down) && count <= exact.rounded(.up), "\(stratum) at \(fraction)")
        }
    }

    @Test("a 30 % sample of a province with many small strata draws 30 %, not twice that")
    func manySmallStrata() throws {
        var sites: [Site] = []
        for region in 0..<40 {
            sites.append(Site(id: "36\(10 + region)00001", name: "第\(region)县人民政府", url: "http://p\(region).gov.cn/", region: "第\(region)县", level: .county))
            for k in 0..<3 {
                sites.append(Site(id: "36\(10 + region)1\(k)001", name: "第\(k)镇人民政府", url: "http://t\(region)-\(k).gov.cn/", region: "第\(region)县", level: .township))
                sites.append(Site(id: "36\(10 + region)2\(k)001", name: "第\(k)局", url: "http://d\(region)-\(k).gov.cn/", region: "第\(region)县", level: .county))
            }
        }
        let sample = try SiteSampler.sample(sites, fraction: 0.3, seed: 3)
        #expect(sample.count == 84)  // ceil(0.3 × 280)
        #expect(sample.count(where: \.isPortal) == 40)
        #expect(sample.contains { $0.level == .township })
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

    @Test("the portal rule: the province's, a city's or a county's 人民政府 site; not townships or departments")
    func portalRule() {
        let site = { (name: String, level: SiteLevel?) in Site(id: "1", name: name, url: "http://a.gov.cn/", level: level) }
        #expect(site("江西省人民政府", .province).isPortal)
        #expect(site("上饶市人民政府门户网站", .city).isPortal)
        #expect(site("铅山县人民政府", .county).isPortal)
        #expect(site("上饶市人民政府门户网站", nil).isPortal)
        #expect(!site("江西省教育厅", .province).isPortal)
        #expect(!site("上饶市教育局", .city).isPortal)
        #expect(!site("五府山镇人民政府网", .township).isPortal)
        #expect(!site("五府山镇人民政府网", nil).isPortal)
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
