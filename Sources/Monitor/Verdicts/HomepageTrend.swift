import GovSweepProtocol

/// What the monitor saw of a homepage's content over time: when new dated items appeared.
///
/// An update is a visit whose dated items include one the previous successful visit did not show,
/// or whose newest date is newer than any seen before. Undated items never count (the indicator:
/// an item without a date counts as not updated); removals alone are not updates.
public struct HomepageTrend: Codable, Hashable, Sendable {
    /// A visit that found the homepage updated.
    public struct Update: Codable, Hashable, Sendable {
        /// The visit's time (seconds since 1970).
        public var at: Double
        /// Dated items not on the previous visit.
        public var added: Int
        /// The newest date on the homepage at that visit.
        public var newest: CivilDate?
    }

    /// Successful visits whose items were read.
    public var observations: Int
    /// Whether any successful visit showed a dated item (a homepage with none is navigation only).
    public var hasDatedItems: Bool
    public var updates: [Update]
    /// The newest item date printed on the homepage over the window (ignoring dates after `asOf`).
    public var newestDate: CivilDate?
    /// The first and last successful visits (seconds since 1970).
    public var firstObservation: Double?
    public var lastObservation: Double?

    /// The trend of `visits` (one site's visits, by time) whose items `snapshots` holds by fingerprint.
    public init(visits: [ProbeRecord], snapshots: [String: [DatedItem]], asOf: CivilDate) {
        var previous: Set<String>?
        var newestSeen: CivilDate?
        var updates: [Update] = []
        var observations = 0
        var dated = false
        var first: Double?
        var last: Double?
        for visit in visits where visit.outcome == .ok {
            guard let fingerprint = visit.fingerprint, let items = snapshots[fingerprint] else { continue }
            observations += 1
            first = first ?? visit.at
            last = visit.at
            let datedItems = HomepageFingerprint.dated(items)
            dated = dated || !datedItems.isEmpty
            let lines = Set(datedItems.map(HomepageFingerprint.line))
            let newest = datedItems.compactMap(\.date).filter { $0 <= asOf }.max()
            if let previous {
                let added = lines.subtracting(previous).count
                let newer = newest.map { date in newestSeen.map { date > $0 } ?? true } ?? false
                if added > 0 || newer { updates.append(Update(at: visit.at, added: added, newest: newest)) }
            }
            previous = lines
            if let newest, newestSeen.map({ newest > $0 }) ?? true { newestSeen = newest }
        }
        self.observations = observations
        self.hasDatedItems = dated
        self.updates = updates
        self.newestDate = newestSeen
        self.firstObservation = first
        self.lastObservation = last
    }

    /// The latest evidence of an update: the newest printed date or the day of the last observed
    /// update (Asia/Shanghai), whichever is later, and whether it was observed.
    public var lastUpdate: (date: CivilDate, observed: Bool)? {
        let observed = updates.last.map { CivilDate(shanghaiTime: $0.at) }
        switch (observed, newestDate) {
        case let (o?, n?): return o >= n ? (o, true) : (n, false)
        case let (o?, nil): return (o, true)
        case let (nil, n?): return (n, false)
        case (nil, nil): return nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case observations, hasDatedItems = "has_dated_items", updates, newestDate = "newest_date"
        case firstObservation = "first_observation", lastObservation = "last_observation"
    }
}
