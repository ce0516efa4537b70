/// Which site each worker crawls, as a pure state machine with an injected clock.
///
/// A site is pending, leased to one worker, or done. Sites that share a politeness key (their
/// host or `host_group`) are never leased at once: the per-host budget belongs to one worker.
/// The same holds for link checks into a host that other sites link to: they are leased per key
/// too (``Lease/Work/linkChecks``), never while a site on that key is leased, and the reverse.
/// Leases expire unless heartbeats renew them; an expired or released site goes back to pending.
public struct LeaseScheduler: Sendable {
    /// A site as the scheduler sees it.
    public struct Entry: Hashable, Sendable {
        public var siteID: String
        public var politenessKey: String

        public init(siteID: String, politenessKey: String) {
            self.siteID = siteID
            self.politenessKey = politenessKey
        }
    }

    /// Work on loan to a worker until `expiresAt` (seconds on the scheduler's clock).
    public struct Lease: Hashable, Sendable {
        /// What a lease is for.
        public enum Work: Hashable, Sendable {
            /// Crawling one site.
            case site(String)
            /// Checking links of other sites into the lease's politeness key.
            case linkChecks
        }

        public var id: String
        public var work: Work
        public var workerID: String
        public var politenessKey: String
        public var expiresAt: Double
        /// The worker has shown it knows the lease: it named it in a heartbeat or sent work of it.
        /// Until then only those prove the lease alive, not the connection's traffic: an
        /// assignment lost with a connection (or with a coordinator killed right after recording
        /// it) would otherwise be renewed for ever while its worker crawls other sites.
        public var confirmed: Bool

        public init(
            id: String, work: Work, workerID: String, politenessKey: String, expiresAt: Double, confirmed: Bool = false
        ) {
            self.id = id
            self.work = work
            self.workerID = workerID
            self.politenessKey = politenessKey
            self.expiresAt = expiresAt
            self.confirmed = confirmed
        }

        /// The leased site; nil for a link-check lease.
        public var siteID: String? {
            if case .site(let id) = work { return id }
            return nil
        }
    }

    public struct Progress: Hashable, Sendable {
        public var total: Int
        public var done: Int
        public var leased: Int
        public var pending: Int { total - done - leased }
    }

    public let leaseSeconds: Double
    private var entries: [String: Entry] = [:]
    /// Pending sites, in the order they are handed out (``PendingSites``).
    private var pending = PendingSites()
    private var done: Set<String> = []
    public private(set) var leases: [String: Lease] = [:]
    private var busyKeys: [String: String] = [:]  // politeness key → lease id
    private var workers: [String: Int] = [:]  // connected worker → capacity
    /// Connected workers that lost leases by going silent; they get no work until heard from again.
    private var silent: Set<String> = []
    /// Keys whose link-check lease ended since the last assignment: they go first at the next one
    /// when targets still wait, so a key that runs keeps running (the host every site links to is
    /// fed faster than it is checked while sites are crawled, and would otherwise queue behind keys
    /// with more targets waiting at that moment).
    private var continuingLinkChecks: [String] = []
    private var nextLeaseNumber = 1
    private let leasePrefix: String

    /// - Parameters:
    ///   - sites: every site of the sweep, in inventory order.
    ///   - leasePrefix: makes lease ids unique across coordinator restarts.
    ///
    /// Sites of the keys that hold the most sites go first (the channels of a 集约化平台 are crawled
    /// one after another under one key, so that key sets the sweep's length: starting it first
    /// shortens the sweep); otherwise inventory order.
    public init(sites: [Entry], leaseSeconds: Double, leasePrefix: String) {
        self.leaseSeconds = leaseSeconds
        self.leasePrefix = leasePrefix
        var sitesPerKey: [String: Int] = [:]
        var ordered: [Entry] = []
        for site in sites where entries[site.siteID] == nil {
            entries[site.siteID] = site
            ordered.append(site)
            sitesPerKey[site.politenessKey, default: 0] += 1
        }
        let position = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.siteID, $0) })
        ordered.sort { first, second in
            let (a, b) = (sitesPerKey[first.politenessKey]!, sitesPerKey[second.politenessKey]!)
            return a != b ? a > b : position[first.siteID]! < position[second.siteID]!
        }
        for site in ordered { pending.append(site.siteID, key: site.politenessKey) }
    }

    // MARK: Restoring durable state

    /// Marks sites finished in an earlier run.
    public mutating func restoreDone(_ siteIDs: some Sequence<String>) {
        var finished: Set<String> = []
        for id in siteIDs where entries[id] != nil && done.insert(id).inserted { finished.insert(id) }
        pending.remove(finished)
    }

    /// Takes over a lease an earlier coordinator process granted, so that its worker, reconnecting,
    /// goes on with the site instead of a second worker starting it again. It expires like any
    /// lease unless the worker's heartbeats renew it.
    public mutating func restoreLease(id: String, siteID: String, workerID: String, now: Double) {
        guard let entry = entries[siteID], !done.contains(siteID), busyKeys[entry.politenessKey] == nil,
              pending.remove(siteID, key: entry.politenessKey)
        else { return }
        leases[id] = Lease(id: id, work: .site(siteID), workerID: workerID, politenessKey: entry.politenessKey, expiresAt: now + leaseSeconds)
        busyKeys[entry.politenessKey] = id
        pending.markBusy(entry.politenessKey)
    }

    // MARK: Workers

    public mutating func workerConnected(_ workerID: String, capacity: Int) {
        workers[workerID] = max(1, capacity)
        silent.remove(workerID)
    }

    /// The worker's connection closed. Its leases stay until they expire: it may reconnect and go on.
    public mutating func workerDisconnected(_ workerID: String) {
        workers[workerID] = nil
        silent.remove(workerID)
    }

    /// Renews the leases the worker says it holds. Returns lease ids it named that it does not hold.
    @discardableResult
    public mutating func heartbeat(from workerID: String, holding leaseIDs: [String], now: Double) -> [String] {
        var unknown: [String] = []
        silent.remove(workerID)
        for id in leaseIDs {
            if var lease = leases[id], lease.workerID == workerID {
                lease.expiresAt = now + leaseSeconds
                lease.confirmed = true
                leases[id] = lease
            } else {
                unknown.append(id)
            }
        }
        return unknown
    }

    /// Renews every lease the worker holds and has confirmed (its connection shows it alive, while
    /// its heartbeats may wait behind a backlog here). A lease it never named is left to expire.
    public mutating func renewLeases(of workerID: String, now: Double) {
        silent.remove(workerID)
        for (id, lease) in leases where lease.workerID == workerID && lease.confirmed {
            leases[id]!.expiresAt = max(lease.expiresAt, now + leaseSeconds)
        }
    }

    // MARK: Lease transitions

    /// The worker finished the site. Returns the site id, or nil when the lease is unknown (expired and re-leased).
    public mutating func complete(_ leaseID: String) -> String? {
        guard let lease = leases[leaseID], let siteID = lease.siteID else { return nil }
        leases[leaseID] = nil
        keyFreed(lease.politenessKey)
        done.insert(siteID)
        return siteID
    }

    /// The worker finished a link-check lease. Returns it, or nil when it is unknown (expired).
    public mutating func completeLinkChecks(_ leaseID: String) -> Lease? {
        guard let lease = leases[leaseID], lease.work == .linkChecks else { return nil }
        leases[leaseID] = nil
        keyFreed(lease.politenessKey)
        continuingLinkChecks.append(lease.politenessKey)
        return lease
    }

    /// The worker gives the leases back unfinished; their sites are handed out first.
    public mutating func release(_ leaseIDs: [String], by workerID: String) -> [Lease] {
        var released: [Lease] = []
        for id in leaseIDs {
            guard let lease = leases[id], lease.workerID == workerID else { continue }
            leases[id] = nil
            if let siteID = lease.siteID { pending.prepend(siteID, key: lease.politenessKey) }
            keyFreed(lease.politenessKey)
            released.append(lease)
        }
        return released
    }

    /// Ends every lease whose time is up; their sites go back to the front of the queue. Their
    /// workers went silent (a frozen process keeps its connection): they get no new work until a
    /// heartbeat or other traffic shows them alive.
    public mutating func expire(now: Double) -> [Lease] {
        let expired = leases.values.filter { $0.expiresAt <= now }.sorted { $0.id < $1.id }
        for lease in expired {
            if workers[lease.workerID] != nil { silent.insert(lease.workerID) }
            leases[lease.id] = nil
            if let siteID = lease.siteID { pending.prepend(siteID, key: lease.politenessKey) }
            keyFreed(lease.politenessKey)
        }
        return expired
    }

    /// Hands work to connected workers with free capacity, most free capacity first: pending
    /// sites, then link checks.
    ///
    /// `linkCheckKeys` are the keys with link-check targets waiting, most urgent first (the most
    /// targets waiting: the key whose checks take longest bounds the sweep), after the keys whose
    /// link-check lease just ended; it is evaluated at most once, and only when a worker has room. A key's link checks wait until none of its
    /// sites waits (a platform's channels follow one another without a pause, and its links are
    /// checked after them) and never go out while a lease holds the key.
    ///
    /// Besides its capacity (sites), each worker takes ``linkCheckAllowance(ofCapacity:)`` more
    /// link-check leases: so the busiest link-check key runs at its politeness rate while sites
    /// are still crawled, instead of waiting for the last site to go out, and no site ever waits
    /// for a slot a link check took. Link checks beyond the allowance use free site slots.
    public mutating func assign(now: Double, linkCheckKeys: @autoclosure () -> [String] = []) -> [Lease] {
        var sitesOut: [String: Int] = [:]
        var checksOut: [String: Int] = [:]
        for lease in leases.values {
            if lease.work == .linkChecks { checksOut[lease.workerID, default: 0] += 1 } else { sitesOut[lease.workerID, default: 0] += 1 }
        }
        let available = workers.filter { !silent.contains($0.key) }
        /// Room for a site: the capacity, less the sites and the link checks beyond the allowance.
        func siteRoom(_ worker: String) -> Int {
            let capacity = available[worker]!
            let checksInSiteSlots = max(0, (checksOut[worker] ?? 0) - Self.linkCheckAllowance(ofCapacity: capacity))
            return capacity - (sitesOut[worker] ?? 0) - checksInSiteSlots
        }
        /// Room for link checks: the capacity and the allowance, less everything out.
        func checkRoom(_ worker: String) -> Int {
            let capacity = available[worker]!
            return capacity + Self.linkCheckAllowance(ofCapacity: capacity) - (sitesOut[worker] ?? 0) - (checksOut[worker] ?? 0)
        }
        func roomiest(_ room: (String) -> Int) -> String? {
            available.keys.map { ($0, room($0)) }.filter { $0.1 > 0 }.max(by: { ($0.1, $1.0) < ($1.1, $0.0) })?.0
        }
        var granted: [Lease] = []
        func grant(_ work: Lease.Work, key: String, to worker: String) {
            let lease = Lease(
                id: "\(leasePrefix)-\(nextLeaseNumber)", work: work, workerID: worker, politenessKey: key,
                expiresAt: now + leaseSeconds)
            nextLeaseNumber += 1
            leases[lease.id] = lease
            busyKeys[key] = lease.id
            pending.markBusy(key)
            if work == .linkChecks { checksOut[worker, default: 0] += 1 } else { sitesOut[worker, default: 0] += 1 }
            granted.append(lease)
        }
        // The first pending site whose key is free, again and again: the ready keys' first sites
        // come out of a heap, so a platform's hundreds of waiting channels are never walked past.
        while let worker = roomiest(siteRoom), let (siteID, key) = pending.popFirstReady() {
            grant(.site(siteID), key: key, to: worker)
        }
        // With every worker full the keys are not even looked at.
        guard roomiest(checkRoom) != nil else { return granted }
        var ordered = linkCheckKeys()
        if !continuingLinkChecks.isEmpty {
            let waiting = Set(ordered)
            ordered = continuingLinkChecks.filter(waiting.contains) + ordered
            continuingLinkChecks.removeAll()
        }
        for key in ordered {
            guard let worker = roomiest(checkRoom) else { break }
            guard busyKeys[key] == nil, !pending.hasWaiting(key) else { continue }
            grant(.linkChecks, key: key, to: worker)
        }
        return granted
    }

    /// How many link-check leases a worker of `capacity` takes besides its sites: an eighth of its
    /// capacity (none below 8, where link checks use the site slots left free). A link-check
    /// lease is short (one batch of targets) and costs a worker little CPU, while the key it
    /// serves may need the whole sweep at its politeness rate.
    public static func linkCheckAllowance(ofCapacity capacity: Int) -> Int { capacity / 8 }

    /// The key's lease ended: its next pending site may go out.
    private mutating func keyFreed(_ key: String) {
        busyKeys[key] = nil
        pending.markFree(key)
    }

    // MARK: Queries

    /// Sites waiting for a lease (not the leased ones), by politeness key.
    public var waitingSitesByKey: [String: Int] { pending.waitingByKey }

    public var isComplete: Bool { done.count == entries.count }

    public var progress: Progress {
        Progress(total: entries.count, done: done.count, leased: leases.values.count { $0.siteID != nil })
    }

    public func leases(of workerID: String) -> [Lease] {
        leases.values.filter { $0.workerID == workerID }.sorted { $0.id < $1.id }
    }

    public func isDone(_ siteID: String) -> Bool { done.contains(siteID) }

    /// Whether `workerID` holds lease `leaseID` now.
    public func holds(_ leaseID: String, workerID: String) -> Bool { leases[leaseID]?.workerID == workerID }

    /// Whether `workerID` is connected but silent since its leases expired.
    public func isSilent(_ workerID: String) -> Bool { silent.contains(workerID) }
}
