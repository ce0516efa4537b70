/// Decides which queued transfers may start now, keeping global and per-host limits.
///
/// A pure state machine: the engine tells it what was submitted and what completed, and asks it
/// at a point in time (a `Duration` since any fixed origin) which transfers to start and when to
/// ask again. It never reads a clock, so tests drive it with a fake one.
///
/// Rules: at most `globalLimit` transfers in flight; per politeness key at most
/// `perHostConcurrency` in flight and starts at least `minimumGap` apart (or the key's own
/// budget's, ``PolitenessRules/budgets``); a 429/503 pauses the
/// key for its Retry-After and doubles its gap (up to `maximumGapDoublings`); a run of
/// `failureThreshold` failures pauses it with exponential back-off; a success halves the gap again.
/// Keys take turns, so one busy host cannot starve the others. Within a key, background tickets
/// (link checks) start only when no normal ticket (a page) waits.
public struct PolitenessScheduler: Sendable {
    /// Identifies one transfer to the scheduler; the engine chooses the numbers.
    public typealias Ticket = Int

    /// How a transfer ended, as far as politeness is concerned.
    public enum Outcome: Sendable, Hashable {
        /// An answer that says nothing about load (2xx, 3xx, 4xx other than 429).
        case success
        /// A connect error, timeout, reset or 5xx: the host may be struggling.
        case failure
        /// 429, or 503 with Retry-After: the server asked us to slow down (nil: it named no time).
        case slowDown(retryAfter: Duration?)
    }

    /// What to do now.
    public struct Decision: Sendable, Hashable {
        /// Tickets to start now, in order.
        public var start: [Ticket]
        /// When a waiting ticket becomes startable by time alone; nil if none waits on time.
        public var wakeAt: Duration?
    }

    /// The per-host rules.
    public let rules: PolitenessRules
    /// Transfers in flight at most, over all keys.
    public let globalLimit: Int
    private var hosts: [String: HostState] = [:]
    /// Keys with queued tickets, in turn order.
    private var waitingKeys: [String] = []
    private var activeKeys: [Ticket: String] = [:]

    /// An empty scheduler.
    public init(rules: PolitenessRules = PolitenessRules(), globalLimit: Int = 256) {
        self.rules = rules
        self.globalLimit = max(1, globalLimit)
    }

    /// Transfers in flight.
    public var activeCount: Int { activeKeys.count }
    /// Transfers waiting for their turn.
    public var queuedCount: Int { hosts.values.reduce(0) { $0 + $1.queuedCount } }

    /// In-flight transfers under `key`.
    public func activeCount(for key: String) -> Int { hosts[key]?.active ?? 0 }

    /// Queues `ticket` under politeness `key`; background tickets wait while normal ones of the key wait.
    public mutating func submit(_ ticket: Ticket, key: String, priority: FetchRequest.Priority = .normal) {
        hosts[key, default: HostState()].enqueue(ticket, priority: priority)
        if hosts[key]!.queuedCount == 1 { waitingKeys.append(key) }
    }

    /// Removes a queued `ticket`; false when it is not queued (already started or unknown).
    @discardableResult
    public mutating func cancel(_ ticket: Ticket) -> Bool {
        for (key, host) in hosts where host.isQueued(ticket) {
            hosts[key]!.remove(ticket)
            if hosts[key]!.queuedCount == 0 { waitingKeys.removeAll { $0 == key } }
            return true
        }
        return false
    }

    /// Records that a started `ticket` finished at `now` with `outcome`.
    public mutating func completed(_ ticket: Ticket, outcome: Outcome, now: Duration) {
        guard let key = activeKeys.removeValue(forKey: ticket), var host = hosts[key] else { return }
        host.active -= 1
        switch outcome {
        case .success:
            host.consecutiveFailures = 0
            host.gapDoublings = max(0, host.gapDoublings - 1)
        case .failure:
            host.consecutiveFailures += 1
            let excess = host.consecutiveFailures - rules.failureThreshold
            if excess >= 0 {
                let pause = min(rules.failureBackoff * (1 << min(excess, 16)), rules.maximumPause)
                host.notBefore = max(host.notBefore, now + pause)
            }
        case .slowDown(let retryAfter):
            let pause = min(max(retryAfter ?? rules.defaultRetryAfter, .zero), rules.maximumPause)
            host.notBefore = max(host.notBefore, now + pause)
            host.gapDoublings = min(host.gapDoublings + 1, rules.maximumGapDoublings)
        }
        hosts[key] = host
    }

    /// Starts every ticket the limits allow at `now`, and says when to ask again.
    public mutating func poll(now: Duration) -> Decision {
        var started: [Ticket] = []
        var wakeAt: Duration?
        var progress = true
        while progress, activeKeys.count < globalLimit {
            progress = false
            wakeAt = nil
            var rotated: [String] = []
            for key in waitingKeys {
                guard activeKeys.count < globalLimit, var host = hosts[key] else { break }
                guard host.active < rules.concurrency(for: key) else { continue }
                let earliest = host.earliestStart(gap: rules.gap(for: key))
                guard earliest <= now else {
                    wakeAt = min(wakeAt ?? earliest, earliest)
                    continue
                }
                let ticket = host.dequeue()
                host.active += 1
                host.lastStart = now
                hosts[key] = host
                activeKeys[ticket] = key
                started.append(ticket)
                rotated.append(key)
                progress = true
            }
            // Keys that just started go to the back of the turn order; emptied keys leave it.
            if !rotated.isEmpty {
                let moved = Set(rotated)
                waitingKeys = (waitingKeys.filter { !moved.contains($0) } + rotated).filter {
                    (hosts[$0]?.queuedCount ?? 0) > 0
                }
            }
        }
        pruneIdleHosts(now: now)
        return Decision(start: started, wakeAt: wakeAt)
    }

    /// Forgets hosts with nothing queued or running whose pauses have passed, so memory stays flat.
    private mutating func pruneIdleHosts(now: Duration) {
        guard hosts.count > 1024 else { return }
        let rules = rules
        hosts = hosts.filter { key, host in
            host.queuedCount > 0 || host.active > 0 || host.earliestStart(gap: rules.gap(for: key)) > now
                || host.consecutiveFailures > 0 || host.gapDoublings > 0
        }
    }
}

/// The scheduler's record of one politeness key.
private struct HostState: Sendable {
    /// Waiting tickets of normal priority, then those of background priority, each in arrival order.
    private var queue = TicketQueue()
    private var background = TicketQueue()
    var active = 0
    var lastStart: Duration?
    /// Nothing starts before this (Retry-After or failure back-off).
    var notBefore: Duration = .zero
    var consecutiveFailures = 0
    var gapDoublings = 0

    var queuedCount: Int { queue.count + background.count }

    mutating func enqueue(_ ticket: PolitenessScheduler.Ticket, priority: FetchRequest.Priority) {
        switch priority {
        case .normal: queue.append(ticket)
        case .background: background.append(ticket)
        }
    }

    /// The next ticket to start; call only when `queuedCount > 0`.
    mutating func dequeue() -> PolitenessScheduler.Ticket {
        queue.isEmpty ? background.popFirst() : queue.popFirst()
    }

    func isQueued(_ ticket: PolitenessScheduler.Ticket) -> Bool {
        queue.contains(ticket) || background.contains(ticket)
    }

    mutating func remove(_ ticket: PolitenessScheduler.Ticket) {
        queue.remove(ticket)
        background.remove(ticket)
    }

    func earliestStart(gap: Duration) -> Duration {
        guard let lastStart else { return notBefore }
        return max(notBefore, lastStart + gap * (1 << gapDoublings))
    }
}

/// A first-in first-out queue of tickets whose `popFirst` takes constant time (an array's
/// `removeFirst` moves every other element: draining thousands of link checks queued under one
/// platform's key one at a time would take time quadratic in their number).
private struct TicketQueue: Sendable {
    private var items: [PolitenessScheduler.Ticket] = []
    private var head = 0

    var count: Int { items.count - head }
    var isEmpty: Bool { head == items.count }

    mutating func append(_ ticket: PolitenessScheduler.Ticket) { items.append(ticket) }

    /// The oldest ticket; call only when not empty.
    mutating func popFirst() -> PolitenessScheduler.Ticket {
        let ticket = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= items.count {
            items.removeFirst(head)  // amortised: done after at least as many pops as it moves
            head = 0
        }
        return ticket
    }

    func contains(_ ticket: PolitenessScheduler.Ticket) -> Bool { items[head...].contains(ticket) }

    mutating func remove(_ ticket: PolitenessScheduler.Ticket) {
        guard let index = items[head...].firstIndex(of: ticket) else { return }
        items.remove(at: index)
    }
}
