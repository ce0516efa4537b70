import GovSweepProtocol

/// Link targets that wait for a check under their host's lease, and those out on a lease. Pure.
///
/// A crawl checks links into its own host; what it leaves pending (links into other hosts, and
/// every link of a platform's channel) comes here when it ends, grouped by the politeness key the
/// target's host counts against. Each target is queued once per sweep, however many
/// sites link to it. Keys take turns: after a lease takes a key's first ``batchSize`` targets the
/// key goes to the back of the line.
public struct LinkCheckQueue: Sendable {
    /// Fewest targets a link-check lease carries when that many wait (at 4 requests/s, about
    /// 15 s of work); ``batchSize(for:)`` gives a key more at a faster pace.
    public let batchSize: Int
    private var waiting: [String: TargetList] = [:]
    /// Keys with waiting targets, in turn order.
    private var turns: [String] = []
    /// Targets waiting or out on a lease.
    private var queued: Set<String> = []
    private var out: [String: (key: String, targets: [LinkTarget])] = [:]

    public init(batchSize: Int = 60) {
        self.batchSize = max(1, batchSize)
    }

    /// Queues `target` under `key`. Returns false when it is already waiting or being checked.
    @discardableResult
    public mutating func add(_ target: LinkTarget, key: String) -> Bool {
        guard queued.insert(target.target).inserted else { return false }
        if waiting[key]?.isEmpty ?? true { turns.append(key) }
        waiting[key, default: TargetList()].append(target)
        return true
    }

    /// Whether `target` waits or is out on a lease.
    public func contains(_ target: String) -> Bool { queued.contains(target) }

    /// Keys that have targets waiting, in turn order.
    public var keysWithWork: [String] { turns }

    /// Keys that have targets waiting, the most targets first (turn order among equals): the key
    /// whose checks take longest goes first, as it bounds the sweep.
    public var keysByMostWaiting: [String] {
        turns.enumerated()
            .map { (turn: $0.offset, key: $0.element, count: waitingCount($0.element)) }
            .sorted { ($0.count, $1.turn) > ($1.count, $0.turn) }
            .map(\.key)
    }

    /// How many targets wait per key (not counting those out on a lease).
    public var waitingByKey: [String: Int] { waiting.compactMapValues { $0.isEmpty ? nil : $0.count } }

    /// How many targets of `key` wait (not counting those out on a lease).
    public func waitingCount(_ key: String) -> Int { waiting[key]?.count ?? 0 }

    /// How many targets a lease on a key with `budget` carries: about ``leaseWorkSeconds`` of
    /// requests at the key's gap, never fewer than ``batchSize`` nor more than ten times it (a key
    /// without a gap goes as fast as its connections allow: ten times).
    ///
    /// Between two leases of a key its host waits for the last answer, the round trip to the
    /// coordinator and the next assignment: a fraction of a second that a 15-second lease loses
    /// at every turn (about 3 % of the national host's pace at 4,000 sites), a minute's lease a
    /// quarter of that.
    public func batchSize(for budget: PolitenessBudget) -> Int {
        let most = batchSize * 10
        guard budget.gapMilliseconds > 0 else { return most }
        return min(most, max(batchSize, Int(Self.leaseWorkSeconds * 1000) / budget.gapMilliseconds))
    }

    /// The work one link-check lease carries at its key's pace, in seconds.
    public static let leaseWorkSeconds = 60.0

    /// Takes up to `limit` (by default ``batchSize``) of `key`'s waiting targets out for `leaseID`.
    public mutating func take(for leaseID: String, key: String, limit: Int? = nil) -> [LinkTarget] {
        guard waiting[key]?.isEmpty == false else { return [] }
        // Taking a batch moves no other target: a key with thousands waiting is drained in
        // time proportional to them, not to their square.
        let taken = waiting[key]!.removeFirst(max(1, limit ?? batchSize))
        let left = !waiting[key]!.isEmpty
        if !left { waiting[key] = nil }
        turns.removeAll { $0 == key }
        if left { turns.append(key) }
        out[leaseID] = (key, taken)
        return taken
    }

    /// The lease's checks arrived. Targets it did not return a verdict for wait again.
    public mutating func finished(_ leaseID: String, checked: Set<String>) {
        guard let lease = out.removeValue(forKey: leaseID) else { return }
        let unchecked = lease.targets.filter { !checked.contains($0.target) }
        for target in lease.targets where checked.contains(target.target) { queued.remove(target.target) }
        putBack(unchecked, key: lease.key)
    }

    /// Some of the lease's targets need no check after all (their verdicts are known).
    public mutating func settle(_ leaseID: String, checked: Set<String>) {
        guard var lease = out[leaseID] else { return }
        lease.targets.removeAll { checked.contains($0.target) }
        out[leaseID] = lease
        for target in checked { queued.remove(target) }
    }

    /// The lease ended without a result (released or expired): its targets wait again, first in line.
    public mutating func returned(_ leaseID: String) {
        guard let lease = out.removeValue(forKey: leaseID) else { return }
        putBack(lease.targets, key: lease.key)
    }

    /// The targets' verdicts are known from elsewhere: they need no check.
    public mutating func forget(_ targets: Set<String>) {
        guard !targets.isEmpty else { return }
        for key in Array(waiting.keys) {
            waiting[key]!.removeAll { targets.contains($0.target) }
            if waiting[key]!.isEmpty {
                waiting[key] = nil
                turns.removeAll { $0 == key }
            }
        }
        let outTargets = Set(out.values.flatMap { $0.targets.map(\.target) })
        for target in targets where !outTargets.contains(target) { queued.remove(target) }
    }

    /// No target waits and no lease is out.
    public var isEmpty: Bool { queued.isEmpty }

    /// Targets waiting or out on a lease.
    public var count: Int { queued.count }

    private mutating func putBack(_ targets: [LinkTarget], key: String) {
        guard !targets.isEmpty else { return }
        waiting[key, default: TargetList()].prepend(targets)
        turns.removeAll { $0 == key }
        turns.insert(key, at: 0)
    }
}

/// One key's waiting targets in order; taking from the front moves nothing.
private struct TargetList: Sendable {
    private var items: [LinkTarget] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }
    var count: Int { items.count - head }

    mutating func append(_ target: LinkTarget) { items.append(target) }

    /// Puts `targets` before the others (a lease's targets coming back).
    mutating func prepend(_ targets: [LinkTarget]) {
        items = targets + items[head...]
        head = 0
    }

    /// Takes up to `count` targets from the front.
    mutating func removeFirst(_ count: Int) -> [LinkTarget] {
        let end = min(items.count, head + count)
        let taken = Array(items[head..<end])
        head = end
        if head == items.count {
            items.removeAll()
            head = 0
        } else if head >= 1024, head * 2 >= items.count {  // amortised: after at least as many taken as moved
            items.removeFirst(head)
            head = 0
        }
        return taken
    }

    mutating func removeAll(where matches: (LinkTarget) -> Bool) {
        items = items[head...].filter { !matches($0) }
        head = 0
    }
}
