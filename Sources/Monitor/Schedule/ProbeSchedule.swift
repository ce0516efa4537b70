import GovSweepProtocol

/// The monitor's schedule as a pure state machine: given the time, it says which visits to make
/// now, which slots were missed, and when to wake up next. The caller owns the clock.
///
/// Restart: built from the same plan and the slots the store already holds, it hands out every
/// other slot exactly once. A slot that comes due more than `lateness` seconds late (the run was
/// down) is reported `missed`: it is stored as missed, never probed late in a burst and never
/// silently dropped. A slot less late than that is probed at once. A slot is never handed out
/// twice. Catch-up visits still keep the politeness spacing: one that would come too close to the
/// previous visit of its key is deferred, and a deferred visit is never reported missed.
public struct ProbeSchedule: Sendable {
    /// What the caller should do.
    public enum Action: Hashable, Sendable {
        /// Visit the site's homepage now and store the result under the slot.
        case probe(ScheduledProbe)
        /// Store the slot as missed: its time passed while the monitor was not running.
        case missed(ScheduledProbe)
        /// Nothing more is due before this time (seconds since 1970).
        case wake(at: Double)
        /// Every slot has been handed out.
        case finished
    }

    private struct Deferred {
        var entry: ProbePlan.Entry
        var due: Double
    }

    public let plan: ProbePlan
    /// How late a slot may be handed out before it counts as missed.
    public let lateness: Double
    private var cursor = 0
    private var deferred: [Deferred] = []
    private var nextAllowed: [String: Double] = [:]
    private let completed: Set<SlotKey>
    /// Slots handed out so far (probes and misses), not counting those completed before.
    public private(set) var handedOut = 0

    /// A schedule over `plan` that skips the `completed` slots; `lateness` defaults to half an interval.
    public init(plan: ProbePlan, completed: Set<SlotKey> = [], lateness: Double? = nil) {
        self.plan = plan
        self.completed = completed
        self.lateness = lateness ?? plan.settings.intervalSeconds / 2
    }

    /// Everything due at `now`, followed by `.wake(at:)` or `.finished`.
    public mutating func advance(now: Double) -> [Action] {
        var actions: [Action] = []
        while let popped = popDue(now: now) {
            let (entry, wasDeferred) = popped
            let key = plan.politenessKeys[entry.siteIndex]
            let probe = ScheduledProbe(
                siteIndex: entry.siteIndex, site: plan.sites[entry.siteIndex], slot: entry.slot,
                scheduledAt: entry.at, issuedAt: now)
            if wasDeferred {
                actions.append(.probe(probe))
            } else if now - entry.at > lateness {
                actions.append(.missed(probe))
            } else if let allowed = nextAllowed[key], allowed > now {
                insertDeferred(Deferred(entry: entry, due: allowed))
                nextAllowed[key] = allowed + (plan.spacing[key] ?? 0)
                continue
            } else {
                nextAllowed[key] = now + (plan.spacing[key] ?? 0)
                actions.append(.probe(probe))
            }
            handedOut += 1
        }
        if let wake = nextDue() {
            actions.append(.wake(at: wake))
        } else {
            actions.append(.finished)
        }
        return actions
    }

    private func isCompleted(_ entry: ProbePlan.Entry) -> Bool {
        completed.contains(SlotKey(siteID: plan.sites[entry.siteIndex].id, slot: entry.slot))
    }

    private mutating func skipCompleted() {
        while cursor < plan.entries.count, isCompleted(plan.entries[cursor]) { cursor += 1 }
    }

    private mutating func nextDue() -> Double? {
        skipCompleted()
        let planned = cursor < plan.entries.count ? plan.entries[cursor].at : nil
        switch (planned, deferred.first?.due) {
        case let (p?, d?): return min(p, d)
        case let (p?, nil): return p
        case let (nil, d?): return d
        case (nil, nil): return nil
        }
    }

    /// The earliest entry due at `now`, deferred ones first on a tie.
    private mutating func popDue(now: Double) -> (ProbePlan.Entry, Bool)? {
        skipCompleted()
        let planned = cursor < plan.entries.count ? plan.entries[cursor] : nil
        if let first = deferred.first, first.due <= now, planned.map({ first.due <= $0.at }) ?? true {
            deferred.removeFirst()
            return (first.entry, true)
        }
        if let planned, planned.at <= now {
            cursor += 1
            return (planned, false)
        }
        return nil
    }

    private mutating func insertDeferred(_ item: Deferred) {
        let position = deferred.firstIndex { $0.due > item.due } ?? deferred.endIndex
        deferred.insert(item, at: position)
    }
}
