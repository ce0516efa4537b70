import GovSweepProtocol

/// Where a monitoring run stands at a moment: what its plan asked for so far, what is stored,
/// and what is late. Pure: built from the run and its stored slots, for `govsweep status` and the
/// monitor's own progress lines.
public struct MonitorStanding: Hashable, Sendable {
    public var runID: Int64
    public var sites: Int
    /// Slots in the whole plan.
    public var planned: Int
    /// Slots whose planned time has come by `now`.
    public var due: Int
    public var ok: Int
    public var failed: Int
    public var missed: Int
    public var windowStart: Double
    public var windowEnd: Double
    public var finishedAt: Double?
    /// When the newest stored slot was visited (or recorded missed).
    public var lastStored: Double?
    /// Sites whose share of failed visits so far reaches the rules' warning line.
    public var sitesFailing: Int

    /// The standing of `run` at `now` from its `stored` slots; `warningShare` is the rules' line
    /// at which a site's failures count as failing.
    public init(run: MonitorRun, stored: [ProbeRecord], now: Double, warningShare: Double) {
        let plan = run.plan
        runID = run.id
        sites = run.sites.count
        planned = plan.entries.count
        due = plan.entries.count { $0.at <= now }
        ok = stored.count { $0.outcome == .ok }
        failed = stored.count { $0.outcome == .fail }
        missed = stored.count { $0.outcome == .missed }
        windowStart = run.startedAt
        windowEnd = plan.end
        finishedAt = run.finishedAt
        lastStored = stored.map(\.at).max()
        var bySite: [String: (made: Int, failed: Int)] = [:]
        for record in stored where record.outcome != .missed {
            bySite[record.siteID, default: (0, 0)].made += 1
            if record.outcome == .fail { bySite[record.siteID, default: (0, 0)].failed += 1 }
        }
        sitesFailing = bySite.values.count { $0.made > 0 && Double($0.failed) / Double($0.made) >= warningShare }
    }

    /// Slots stored so far (visited or recorded missed).
    public var stored: Int { ok + failed + missed }

    /// Slots whose time has come but that are not stored yet: visits in flight, or a monitor that
    /// is not running.
    public var behind: Int { max(0, due - stored) }

    /// The lines `govsweep status` prints; `running` says whether the caller saw the monitor
    /// store a slot recently enough to call it running.
    public func lines(now: Double, time: (Double) -> String) -> [String] {
        let state: String
        if finishedAt != nil {
            state = "finished"
        } else if now > windowEnd {
            state = "unfinished: its window has ended; run the same `govsweep monitor` command to record the rest"
        } else if let last = lastStored, now - last < 300 {
            state = "running (last visit stored \(Int(now - last)) s ago)"
        } else {
            state = "stopped before its window ended; run the same `govsweep monitor` command to resume it"
        }
        let percent = planned == 0 ? 100 : Int((Double(stored) / Double(planned) * 100).rounded(.down))
        return [
            "monitoring run \(runID)  \(state)",
            "  window    \(time(windowStart)) to \(time(windowEnd))" + (finishedAt.map { "   finished \(time($0))" } ?? ""),
            "  sites     \(sites), \(planned) visits planned, \(due) due by now",
            "  stored    \(stored) (\(percent) %): \(ok) ok, \(failed) failed, \(missed) missed; \(behind) due but not stored",
            "  failing   \(sitesFailing) sites at or above the warning share of failed visits so far",
        ]
    }
}
