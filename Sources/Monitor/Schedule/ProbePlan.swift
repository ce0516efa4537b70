import GovSweepProtocol

/// Where every visit of a run falls: a pure function of the sites, the start and the settings.
///
/// Slot `k` of a site falls in the `k`-th interval of the window (interval = window / slots) at the
/// site's phase, jittered per slot; phase and jitter come from the site id and the seed, so a
/// restarted run plans exactly the same times. Within each politeness key the times are then
/// pushed apart to at least the minimum spacing, so no host is ever visited twice at one instant.
public struct ProbePlan: Sendable {
    /// One planned visit, by site index (`sites`) and slot.
    public struct Entry: Hashable, Sendable {
        public var siteIndex: Int
        public var slot: Int
        public var at: Double
    }

    public let sites: [Site]
    /// The politeness key of each site, by site index.
    public let politenessKeys: [String]
    public let start: Double
    public let settings: MonitorSettings
    /// Every visit, by time (ties by site index, then slot).
    public let entries: [Entry]
    /// The spacing actually kept within each politeness key (the setting, or less for a key with
    /// so many sites that the setting would not fit in half an interval).
    public let spacing: [String: Double]

    /// The share of an interval a slot may move either way from its site's phase.
    static let jitter = 0.1

    /// Plans `settings.slotsPerSite` visits for each of `sites` from `start` (seconds since 1970).
    public init(sites: [Site], start: Double, settings: MonitorSettings) {
        self.sites = sites
        self.start = start
        self.settings = settings
        let keys = sites.map(\.politenessKey)
        politenessKeys = keys
        let slots = settings.slotsPerSite
        let interval = settings.intervalSeconds
        var byKey: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() { byKey[key, default: []].append(index) }
        var spacing: [String: Double] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(sites.count * slots)
        for (key, members) in byKey {
            let gap = min(settings.minimumSpacingSeconds, interval / (2 * Double(members.count)))
            spacing[key] = gap
            var group: [Entry] = []
            group.reserveCapacity(members.count * slots)
            for index in members {
                group += Self.nominal(site: sites[index], index: index, slots: slots, start: start, interval: interval, seed: settings.seed)
            }
            group.sort { ($0.at, $0.siteIndex, $0.slot) < ($1.at, $1.siteIndex, $1.slot) }
            var previous = -Double.infinity
            for i in group.indices {
                group[i].at = max(group[i].at, previous + gap)
                previous = group[i].at
            }
            entries += group
        }
        entries.sort { ($0.at, $0.siteIndex, $0.slot) < ($1.at, $1.siteIndex, $1.slot) }
        self.entries = entries
        self.spacing = spacing
    }

    /// The planned end: the window's end, or the last visit when spacing pushed it past.
    public var end: Double { max(start + settings.windowSeconds, entries.last?.at ?? start) }

    /// The site's visits before spacing: one per interval at the site's phase, jittered.
    static func nominal(site: Site, index: Int, slots: Int, start: Double, interval: Double, seed: UInt64) -> [Entry] {
        let phase = jitter + StableHash.unit(site.id, seed: seed, index: .max) * (1 - 2 * jitter)
        return (0..<slots).map { slot in
            let shift = (StableHash.unit(site.id, seed: seed, index: UInt64(slot)) * 2 - 1) * jitter
            return Entry(siteIndex: index, slot: slot, at: start + interval * (Double(slot) + phase + shift))
        }
    }
}
