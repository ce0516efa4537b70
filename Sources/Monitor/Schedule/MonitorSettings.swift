/// How a monitoring run visits its sites: the indicator's week of 20+ visits a day, 15 s each.
public struct MonitorSettings: Codable, Hashable, Sendable {
    /// Length of the monitoring window in days (fractional windows are allowed, e.g. for tests).
    public var days: Double
    /// Visits per site per day.
    public var perDay: Int
    /// A visit that has not received the homepage within this many seconds fails.
    public var timeoutSeconds: Double
    /// Chooses the per-site offsets and jitter; the same seed gives the same schedule.
    public var seed: UInt64
    /// Two visits to sites sharing a politeness key are at least this many seconds apart.
    public var minimumSpacingSeconds: Double
    /// At most this many visits in flight at once.
    public var concurrency: Int

    /// Settings with the indicator's defaults: 7 days, 24 visits a day, 15 s timeout.
    public init(
        days: Double = 7, perDay: Int = 24, timeoutSeconds: Double = 15, seed: UInt64 = 0,
        minimumSpacingSeconds: Double = 2, concurrency: Int = 32
    ) {
        self.days = days
        self.perDay = perDay
        self.timeoutSeconds = timeoutSeconds
        self.seed = seed
        self.minimumSpacingSeconds = minimumSpacingSeconds
        self.concurrency = concurrency
    }

    /// Nil when the settings can drive a run; otherwise what to change.
    public var problem: String? {
        if !(days > 0) || !days.isFinite { return "--days must be a number above 0 (the indicator monitors 7 days)" }
        if perDay < 1 { return "--per-day must be at least 1 (the indicator asks for 20 or more visits a day)" }
        if !(timeoutSeconds > 0) || !timeoutSeconds.isFinite { return "--timeout must be a number of seconds above 0 (the indicator uses 15)" }
        if !(minimumSpacingSeconds > 0) || !minimumSpacingSeconds.isFinite { return "the minimum spacing must be above 0 seconds" }
        if concurrency < 1 { return "the concurrency must be at least 1" }
        if slotsPerSite > 1_000_000 { return "--days × --per-day gives more than a million visits per site; lower one of them" }
        return nil
    }

    /// Visits planned for each site over the window (at least one).
    public var slotsPerSite: Int {
        let slots = (days * Double(perDay)).rounded()
        guard slots.isFinite, slots >= 1 else { return 1 }
        return slots > 1e9 ? Int(1e9) : Int(slots)
    }

    /// Visits in flight that keep every slot of `sites` sites on time even when every visit runs to
    /// its timeout: the plan's average rate of visits times the longest a visit takes (the timeout
    /// and a second more), doubled for the jitter's local peaks; at least 8, at most 1024.
    ///
    /// A visit waits for one of these before it starts; with fewer, the schedule falls behind and
    /// its later slots are stored missed.
    public func suggestedConcurrency(sites: Int) -> Int {
        let perSecond = Double(max(1, sites)) * Double(slotsPerSite) / max(windowSeconds, 1)
        let needed = (perSecond * (timeoutSeconds + 1) * 2).rounded(.up)
        guard needed.isFinite else { return 1024 }
        return Int(min(max(needed, 8), 1024))
    }

    /// The window's length in seconds.
    public var windowSeconds: Double { days * 86_400 }

    /// Seconds between two planned visits to one site.
    public var intervalSeconds: Double { windowSeconds / Double(slotsPerSite) }

    enum CodingKeys: String, CodingKey {
        case days, perDay = "per_day", timeoutSeconds = "timeout_seconds", seed
        case minimumSpacingSeconds = "minimum_spacing_seconds", concurrency
    }
}
