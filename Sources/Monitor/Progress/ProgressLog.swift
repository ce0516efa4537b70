import Logging

/// When the monitor logs its progress, and what the line says: visits handed out of the plan, slots
/// missed, and the time left in the window. Pure: the caller passes the time.
struct ProgressLog {
    let planned: Int
    /// Slots a process before this one stored.
    let alreadyStored: Int
    let windowEnd: Double
    let interval: Double
    private var next: Double
    /// Slots recorded missed by this process.
    var missed = 0

    init(plan: ProbePlan, alreadyStored: Int, interval: Double, startedAt: Double) {
        planned = plan.entries.count
        self.alreadyStored = alreadyStored
        windowEnd = plan.end
        self.interval = interval
        next = startedAt + interval
    }

    /// The metadata of a progress line when one is due at `now`, nil otherwise.
    mutating func due(now: Double, handedOut: Int) -> Logger.Metadata? {
        guard now >= next else { return nil }
        next = now + interval
        let done = alreadyStored + handedOut
        let percent = planned == 0 ? 100 : Int(Double(done) / Double(planned) * 100)
        return [
            "slots_done": "\(done)", "slots_planned": "\(planned)",
            "missed": "\(missed)", "percent": "\(percent)",
            "window_left_seconds": "\(Int(max(0, windowEnd - now)))",
        ]
    }
}
