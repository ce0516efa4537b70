import GovSweepProtocol

/// Draws a reproducible, stratified sample of sites (抽查).
public enum SiteSampler {
    /// The sites of a sample of `sites`, in their input order.
    ///
    /// The sample holds `ceil(fraction × count)` sites (at least one), or every portal
    /// (``Site/isPortal``: the province, city and county 门户) when there are more of those. Portals
    /// are always in it and count towards the share; the other places are shared out among the
    /// (region, level) strata in proportion to their non-portal sites (largest remainder, so a small
    /// stratum may get none), and drawn at random within each. Townships are drawn like any other
    /// site. The draw depends only on the seed, the strata and the ids in them — not on row order —
    /// so the same inventory and seed give the same sample on any machine.
    ///
    /// - Throws: ``SamplingError/fractionOutOfRange(_:)`` unless 0 < fraction ≤ 1.
    public static func sample(_ sites: [Site], fraction: Double, seed: UInt64) throws(SamplingError) -> [Site] {
        guard fraction > 0, fraction <= 1 else { throw .fractionOutOfRange(fraction) }
        let portals = sites.filter(\.isPortal)
        let others = Dictionary(grouping: sites.filter { !$0.isPortal }, by: Stratum.init)
        let budget = max(0, quota(fraction: fraction, size: sites.count) - portals.count)
        var chosen = Set(portals.map(\.id))
        for (stratum, places) in apportion(budget, among: others.mapValues(\.count), seed: seed) {
            chosen.formUnion(draw(places, from: others[stratum] ?? [], seed: seed ^ stratum.fingerprint))
        }
        return sites.filter { chosen.contains($0.id) }
    }

    /// `ceil(fraction × size)` (at least 1), forgiving the rounding error of binary fractions (0.1 × 30 is 3, not 4).
    static func quota(fraction: Double, size: Int) -> Int {
        let exact = fraction * Double(size)
        return min(size, max(1, Int((exact - 1e-9).rounded(.up))))
    }

    /// Shares `places` among strata in proportion to their sizes by the largest-remainder method;
    /// ties go by a seeded order of the strata. No stratum gets more than its size.
    private static func apportion(_ places: Int, among sizes: [Stratum: Int], seed: UInt64) -> [Stratum: Int] {
        let total = sizes.values.reduce(0, +)
        guard places > 0, total > 0 else { return [:] }
        var shares: [Stratum: Int] = [:]
        var remainders: [(stratum: Stratum, remainder: Int)] = []
        for (stratum, size) in sizes {
            shares[stratum] = places * size / total
            remainders.append((stratum, places * size % total))
        }
        let left = places - shares.values.reduce(0, +)
        remainders.sort { a, b in
            a.remainder != b.remainder ? a.remainder > b.remainder : (a.stratum.fingerprint ^ seed) < (b.stratum.fingerprint ^ seed)
        }
        for entry in remainders.prefix(left) { shares[entry.stratum, default: 0] += 1 }
        return shares
    }

    /// The ids of `count` sites of `members` drawn at random.
    private static func draw(_ count: Int, from members: [Site], seed: UInt64) -> [String] {
        var ids = members.sorted { ($0.id, $0.url) < ($1.id, $1.url) }.map(\.id)
        let wanted = min(ids.count, count)
        var generator = SplitMix64(seed: seed)
        for index in 0..<wanted {  // A partial Fisher–Yates shuffle.
            let pick = index + Int(generator.next(below: UInt64(ids.count - index)))
            ids.swapAt(index, pick)
        }
        return Array(ids.prefix(wanted))
    }
}

/// A (region, level) group of sites.
private struct Stratum: Hashable {
    var region: String
    var level: String

    init(_ site: Site) {
        region = site.region ?? ""
        level = site.level?.rawValue ?? ""
    }

    /// A stable 64-bit FNV-1a hash of the stratum (Swift's `Hashable` is seeded per process).
    var fingerprint: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in Array(region.utf8) + [0] + Array(level.utf8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
