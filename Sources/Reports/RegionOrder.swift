import GovSweepProtocol

/// The order circulars list regions in: provincial departments (and the province's own sites)
/// first, then the cities by their GB/T 2260 code, never by Unicode order.
///
/// A region's code comes from `AdministrativeDivisions` by its name, within the province its sites'
/// 网站标识码 belong to. A region not in that table takes the division code its sites' identifiers
/// start with (the first six digits of a local site's 网站标识码; `bm` identifiers are departments).
/// Regions with neither come last, in the order of their smallest site identifier.
struct RegionOrder {
    private var keys: [String: Key] = [:]

    private struct Key: Comparable {
        var rank: Int
        var code: Int
        var firstSite: String
        static func < (a: Key, b: Key) -> Bool { (a.rank, a.code, a.firstSite) < (b.rank, b.code, b.firstSite) }
    }

    init(regions: Set<String>, sites: [Site]) {
        let byRegion = Dictionary(grouping: sites) { $0.region ?? "" }
        let provinces = sites.compactMap { Self.divisionCode($0.id) }.map { $0 / 10_000 }
        let province = Dictionary(grouping: provinces, by: \.self).max { $0.value.count < $1.value.count }?.key
        for region in regions {
            let members = byRegion[region] ?? []
            let firstSite = members.map(\.id).min() ?? "~"
            keys[region] = Self.key(region, members: members, province: province, firstSite: firstSite)
        }
    }

    private static func key(_ region: String, members: [Site], province: Int?, firstSite: String) -> Key {
        let provincialWords = ["省直", "省级", "省政府", "区直", "市直部门", "省本级"]
        let allProvincial = !members.isEmpty && members.allSatisfy { $0.level == .province || $0.level == .department }
        if provincialWords.contains(where: region.contains) || allProvincial || region.hasSuffix("省") {
            return Key(rank: 0, code: 0, firstSite: firstSite)
        }
        if let code = AdministrativeDivisions.code(of: region, province: province) {
            return Key(rank: 1, code: code, firstSite: firstSite)
        }
        let codes = members.compactMap { divisionCode($0.id) }.map { $0 / 100 * 100 }
        if let code = Dictionary(grouping: codes, by: \.self).max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) })?.key {
            return Key(rank: code % 10_000 == 0 ? 0 : 1, code: code, firstSite: firstSite)
        }
        return Key(rank: 2, code: 0, firstSite: firstSite)
    }

    /// The division code a 网站标识码 starts with: its first six digits, or nil (departments' `bm…`).
    static func divisionCode(_ siteID: String) -> Int? {
        let prefix = siteID.prefix(6)
        guard prefix.count == 6, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(prefix)
    }

    /// `regions` in administrative order; ties by name's first site, then name.
    func sorted(_ regions: [String]) -> [String] {
        regions.sorted { a, b in
            let x = keys[a] ?? Key(rank: 2, code: 0, firstSite: "~")
            let y = keys[b] ?? Key(rank: 2, code: 0, firstSite: "~")
            return x == y ? a < b : x < y
        }
    }

    /// Verdicts grouped by region in administrative order, each region's sites by identifier.
    func sorted<T>(_ items: [T], region: (T) -> String, id: (T) -> String) -> [T] {
        let order = Dictionary(uniqueKeysWithValues: sorted(Array(Set(items.map(region)))).enumerated().map { ($1, $0) })
        return items.sorted { (order[region($0)] ?? 0, id($0)) < (order[region($1)] ?? 0, id($1)) }
    }
}
