import GovSweepProtocol

/// One planned visit: a site's slot and when the plan puts it.
public struct ScheduledProbe: Hashable, Sendable {
    /// The site's position in the run's inventory snapshot.
    public var siteIndex: Int
    public var site: Site
    /// The slot's number, `0..<slotsPerSite`, in time order for the site.
    public var slot: Int
    /// When the plan puts the visit (seconds since 1970).
    public var scheduledAt: Double
    /// When the schedule handed it out: the visit's start (seconds since 1970).
    public var issuedAt: Double

    public init(siteIndex: Int, site: Site, slot: Int, scheduledAt: Double, issuedAt: Double) {
        self.siteIndex = siteIndex
        self.site = site
        self.slot = slot
        self.scheduledAt = scheduledAt
        self.issuedAt = issuedAt
    }

    /// The slot's identity in the store.
    public var key: SlotKey { SlotKey(siteID: site.id, slot: slot) }
}

/// A site's slot: what the store keeps once per run.
public struct SlotKey: Hashable, Sendable, Comparable {
    public var siteID: String
    public var slot: Int

    public init(siteID: String, slot: Int) {
        self.siteID = siteID
        self.slot = slot
    }

    public static func < (a: SlotKey, b: SlotKey) -> Bool { (a.siteID, a.slot) < (b.siteID, b.slot) }
}
