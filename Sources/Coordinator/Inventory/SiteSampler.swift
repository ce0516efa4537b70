import GovSweepProtocol

/// Draws a reproducible, stratified sample of sites (抽查).
public enum SiteSampler {
    /// The sites of a sample of `sites`, in their input order.
    ///
    /// Sites are grouped into strata by (region, level); a missing region or level is a value of its
    /// own. Each stratum keeps at least `ceil(fraction × size)` sites, its portals (``Site/isPortal``)
    /// always among them and counted in that share; the rest are drawn at random. The draw depends
    /// only on the seed, the stratum and the ids in it — not on row order or other strata — so the
    /// same inventory and seed give the same sample on any machine.
    ///
    /// - Throws: ``SamplingError/fractionOutOfRange(_:)`` unless 0 < fraction ≤ 1.
    public static func sample(_ sites: [Site], fraction: Double, seed: UInt64) throws(SamplingError) -> [Site] {
        guard fraction > 0, fraction <= 1 else { throw .fractionOutOfRange(fraction) }
        let strata = Dictionary(grouping: sites, by: Stratum.init)
        var chosen: Set<String> = []
        for (stratum, members) in strata {
            chosen.formUnion(draw(from: members, quota: quota(fraction: fraction, size: members.count),
                                  seed: seed ^ stratum.fingerprint))
        }
        return sites.filter { chosen.contains($0.id) }
    }

    /// `ceil(fraction × size)`, forgiving the rounding error of binary fractions (0.1 × 30 is 3, not 4).
    static func quota(fraction: Double, size: Int) -> Int {
        let exact = fraction * Double(size)
        return min(size, max(1, Int((exact - 1e-9).rounded(.up))))
    }

    /// The ids of the portals of `members`, and random others up to `quota`.
    private static func draw(from members: [Site], quota: Int, seed: UInt64) -> [String] {
        var portals: [String] = []
        var others: [String] = []
        for site in members.sorted(by: { ($0.id, $0.url) < ($1.id, $1.url) }) {
            if site.isPortal { portals.append(site.id) } else { others.append(site.id) }
        }
        let wanted = min(others.count, max(0, quota - portals.count))
        var generator = SplitMix64(seed: seed)
        for index in 0..<wanted {  // A partial Fisher–Yates shuffle.
            let pick = index + Int(generator.next(below: UInt64(others.count - index)))
            others.swapAt(index, pick)
        }
        return portals + others.prefix(wanted)
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
