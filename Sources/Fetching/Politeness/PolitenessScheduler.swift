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
    /// Each key's state, by a number given on its first submission: the loop thread polls many
    /// times a second, and a turn over the waiting keys then reads an array instead of hashing
    /// every key (platform keys are long non-ASCII strings).
    private var hosts: [HostState] = []
    private var numbers: [String: Int] = [:]
    /// Numbers of keys with queued tickets, in turn order.
    private var waitingKeys: [Int] = []
    private var activeKeys: [Ticket: Int] = [:]
    /// Keys kept by the last pruning: the next one waits until there are twice as many.
    private var keptByLastPrune = 0

    /// An empty scheduler.
    public init(rules: PolitenessRules = PolitenessRules(), globalLimit: Int = 256) {
        self.rules = rules
        self.globalLimit = max(1, globalLimit)
    }

    /// Transfers in flight.
    public var activeCount: Int { activeKeys.count }
    /// Transfers waiting for their turn.
    public var queuedCount: Int { hosts.reduce(0) { $0 + $1.queuedCount } }

    /// In-flight transfers under `key`.
    public func activeCount(for key: String) -> Int { numbers[key].map { hosts[$0].active } ?? 0 }

    /// Queues `ticket` under politeness `key`; background tickets wait while normal ones of the key wait.
    public mutating func submit(_ ticket: Ticket, key: String, priority: FetchRequest.Priority = .normal) {
        let number = number(of: key)
        hosts[number].enqueue(ticket, priority: priority)
        if peek(number, { $0.queuedCount == 1 }) { waitingKeys.append(number) }
    }

    /// Removes a queued `ticket`; false when it is not queued (already started or unknown).
    @discardableResult
    public mutating func cancel(_ ticket: Ticket) -> Bool {
        for number in waitingKeys where hosts[number].isQueued(ticket) {
            hosts[number].remove(ticket)
            if hosts[number].queuedCount == 0 { waitingKeys.removeAll { $0 == number } }
            return true
        }
        return false
    }

    /// Records that a started `ticket` finished at `now` with `outcome`.
    public mutating func completed(_ ticket: Ticket, outcome: Outcome, now: Duration) {
        guard let number = activeKeys.removeValue(forKey: ticket) else { return }
        hosts[number].completed(outcome: outcome, now: now, rules: rules)
    }

    /// Starts every ticket the limits allow at `now`, and says when to ask again.
    public mutating func poll(now: Duration) -> Decision {
        var started: [Ticket] = []
        var wakeAt: Duration?
        var progress = true
        while progress, activeKeys.count < globalLimit {
            progress = false
            wakeAt = nil
            var rotated: [Int] = []
            for number in waitingKeys {
                guard activeKeys.count < globalLimit else { break }
                switch hosts[number].startIfDue(at: now) {
                case .full:
                    continue
                case .due(let earliest):
                    wakeAt = min(wakeAt ?? earliest, earliest)
                case .started(let ticket):
                    activeKeys[ticket] = number
                    started.append(ticket)
                    rotated.append(number)
                    progress = true
                }
            }
            // Keys that just started go to the back of the turn order; emptied keys leave it.
            if !rotated.isEmpty {
                for number in rotated { hosts[number].rotated = true }
                var order = waitingKeys.filter { number in peek(number) { !$0.rotated } }
                for number in rotated {
                    hosts[number].rotated = false
                    if peek(number, { $0.queuedCount > 0 }) { order.append(number) }
                }
                waitingKeys = order
            }
        }
        pruneIdleHosts(now: now)
        return Decision(start: started, wakeAt: wakeAt)
    }

    /// Reads the state of key `number` where it lies: `hosts[number].field` copied the whole
    /// state (its ticket queues and key retained and released) for each waiting key on each poll.
    private func peek<T>(_ number: Int, _ read: (HostState) -> T) -> T {
        hosts.withUnsafeBufferPointer { read($0[number]) }
    }

    /// The number of `key`, given on first use with the key's concurrency and gap.
    private mutating func number(of key: String) -> Int {
        if let number = numbers[key] { return number }
        let number = hosts.count
        hosts.append(HostState(key: key, concurrency: rules.concurrency(for: key), gap: rules.gap(for: key)))
        numbers[key] = number
        return number
    }

    /// Forgets hosts with nothing queued or running whose pauses have passed, so memory stays flat
    /// (such a host's state is the state of a host never seen).
    private mutating func pruneIdleHosts(now: Duration) {
        guard hosts.count > max(1024, 2 * keptByLastPrune) else { return }
        var renumbered = Array(repeating: -1, count: hosts.count)
        var kept: [HostState] = []
        for (number, host) in hosts.enumerated() where !host.isIdle(now: now) {
            renumbered[number] = kept.count
            kept.append(host)
        }
        keptByLastPrune = kept.count
        guard kept.count < hosts.count else { return }
        hosts = kept
        numbers = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1.key, $0) })
        waitingKeys = waitingKeys.map { renumbered[$0] }
        activeKeys = activeKeys.mapValues { renumbered[$0] }
    }
}

/// The scheduler's record of one politeness key.
private struct HostState: Sendable {
    let key: String
    /// Requests in flight at most, and the least time between starts (the rules' values for the key).
    let concurrency: Int
    let gap: Duration
    /// Waiting tickets of normal priority, then those of background priority, each in arrival order.
    private var queue = TicketQueue()
    private var background = TicketQueue()
    var active = 0
    var lastStart: Duration?
    /// Nothing starts before this (Retry-After or failure back-off).
    var notBefore: Duration = .zero
    var consecutiveFailures = 0
    var gapDoublings = 0
    /// Marks the key during one reordering of the turn order in ``PolitenessScheduler/poll(now:)``.
    var rotated = false

    init(key: String, concurrency: Int, gap: Duration) {
        self.key = key
        self.concurrency = concurrency
        self.gap = gap
    }

    var queuedCount: Int { queue.count + background.count }

    mutating func enqueue(_ ticket: PolitenessScheduler.Ticket, priority: FetchRequest.Priority) {
        switch priority {
        case .normal: queue.append(ticket)
        case .background: background.append(ticket)
        }
    }

    /// What ``startIfDue(at:)`` did.
    enum Start {
        /// As many in flight as the key allows.
        case full
        /// Nothing starts before this time.
        case due(Duration)
        case started(PolitenessScheduler.Ticket)
    }

    /// Starts the next ticket when the key's limit and gap allow it at `now`; call only when
    /// `queuedCount > 0`. One call on the key's state in place, read and changed without a copy.
    mutating func startIfDue(at now: Duration) -> Start {
        guard active < concurrency else { return .full }
        let earliest = earliestStart
        guard earliest <= now else { return .due(earliest) }
        return .started(start(at: now))
    }

    /// Starts the next ticket at `now`; call only when `queuedCount > 0`.
    mutating func start(at now: Duration) -> PolitenessScheduler.Ticket {
        active += 1
        lastStart = now
        return queue.isEmpty ? background.popFirst() : queue.popFirst()
    }

    func isQueued(_ ticket: PolitenessScheduler.Ticket) -> Bool {
        queue.contains(ticket) || background.contains(ticket)
    }

    mutating func remove(_ ticket: PolitenessScheduler.Ticket) {
        queue.remove(ticket)
        background.remove(ticket)
    }

    mutating func completed(outcome: PolitenessScheduler.Outcome, now: Duration, rules: PolitenessRules) {
        active -= 1
        switch outcome {
        case .success:
            consecutiveFailures = 0
            gapDoublings = max(0, gapDoublings - 1)
        case .failure:
            consecutiveFailures += 1
            let excess = consecutiveFailures - rules.failureThreshold
            if excess >= 0 {
                let pause = min(rules.failureBackoff * (1 << min(excess, 16)), rules.maximumPause)
                notBefore = max(notBefore, now + pause)
            }
        case .slowDown(let retryAfter):
            let pause = min(max(retryAfter ?? rules.defaultRetryAfter, .zero), rules.maximumPause)
            notBefore = max(notBefore, now + pause)
            gapDoublings = min(gapDoublings + 1, rules.maximumGapDoublings)
        }
    }

    var earliestStart: Duration {
        guard let lastStart else { return notBefore }
        return max(notBefore, gapDoublings == 0 ? lastStart + gap : lastStart + gap * (1 << gapDoublings))
    }

    /// True when the key is in the state of a key never seen: nothing queued or running, no pause
    /// or back-off still in force.
    func isIdle(now: Duration) -> Bool {
        queuedCount == 0 && active == 0 && earliestStart <= now && consecutiveFailures == 0 && gapDoublings == 0
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
