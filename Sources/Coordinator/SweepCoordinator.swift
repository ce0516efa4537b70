import GovSweepProtocol
import Logging

/// Owns one running sweep: the lease scheduler, the store and the worker sessions.
///
/// The actor is the only writer of the sweep's state. Every batch is stored before it is
/// acknowledged; a site is done only when its worker says so after its last batch.
public actor SweepCoordinator: SessionHost {
    public nonisolated let welcome: Welcome
    public let sweep: SweepRecord
    let store: SweepStore
    /// What this coordinator counts, for ``MetricsServer``.
    public nonisolated let metrics: SweepMetrics
    let logger: Logger
    let clock: @Sendable () -> Double
    var scheduler: LeaseScheduler
    var sites: [String: StoredSite] = [:]
    /// Links into hosts other than the linking site's own, waiting for a lease of their host's key.
    var linkChecks = LinkCheckQueue()
    let politenessKeys: PolitenessKeys
    var sessions: [String: WorkerSession] = [:]
    /// Batches received and not yet written: stored together, each acknowledged after the commit.
    var pendingBatches = PendingBatches()
    /// How long the first batch of a group waits for others before the group is written.
    let batchGroupSeconds: Double
    private var completionWaiters: [CheckedContinuation<Void, Never>] = []
    private var completed = false
    /// Work waits for this many workers (or `gatherSeconds`) so the first to connect does not take every site.
    private var expectedWorkers = 0
    private let gatherSeconds = 5.0
    public internal(set) var statistics = SweepStatistics()

    /// Loads the sweep's sites and what earlier runs finished.
    ///
    /// - Parameter earlierLeases: what becomes of the leases an earlier coordinator process
    ///   granted: ``EarlierLeases/honoured`` for remote workers that may reconnect,
    ///   ``EarlierLeases/void`` when no worker of that process can still exist (local workers).
    ///   Honoured leases are void all the same when the machine restarted since the earlier
    ///   process (``DatabaseLock/machineRestartedSincePreviousHolder``): its last acknowledged
    ///   batches may have rolled back, and a worker going on with its lease would never send them again.
    public init(
        store: SweepStore, sweep: SweepRecord, configuration: CoordinatorConfiguration, logger: Logger,
        clock: @escaping @Sendable () -> Double, leasePrefix: String, earlierLeases: EarlierLeases = .honoured
    ) throws(StoreError) {
        self.store = store
        self.sweep = sweep
        self.logger = logger
        self.clock = clock
        self.batchGroupSeconds = configuration.batchGroupSeconds
        self.metrics = SweepMetrics(sweepID: sweep.id, startedAt: clock())
        self.welcome = Welcome(
            sessionID: leasePrefix, heartbeatSeconds: configuration.heartbeatSeconds, leaseSeconds: configuration.leaseSeconds)
        var stored = try store.sites(of: sweep.id)
        var earlierLeases = earlierLeases
        if earlierLeases == .honoured, store.lock?.machineRestartedSincePreviousHolder == true {
            earlierLeases = .void
            logger.notice("the machine restarted since the database was last served: its leases are void, their sites crawled again from the stored frontier")
        }
        if earlierLeases == .void {
            let leased = stored.indices.filter { stored[$0].state == .leased }
            try store.recordReturned(sweepID: sweep.id, siteIDs: leased.map { stored[$0].site.id })
            for index in leased {
                stored[index].state = .pending
                stored[index].leaseID = nil
                stored[index].workerID = nil
            }
            if !leased.isEmpty { logger.info("leases of the previous coordinator process are void; their sites are pending", metadata: ["sites": "\(leased.count)"]) }
        }
        var scheduler = LeaseScheduler(
            sites: stored.map { LeaseScheduler.Entry(siteID: $0.site.id, politenessKey: $0.politenessKey) },
            leaseSeconds: configuration.leaseSeconds, leasePrefix: leasePrefix)
        scheduler.restoreDone(stored.filter { $0.state == .done }.map(\.site.id))
        // Sites an earlier coordinator process had leased stay with their workers for one lease
        // period: reconnecting workers renew them by heartbeat; silent ones lose them.
        let now = clock()
        for site in stored where site.state == .leased {
            if let lease = site.leaseID, let worker = site.workerID {
                scheduler.restoreLease(id: lease, siteID: site.site.id, workerID: worker, now: now)
            }
        }
        self.scheduler = scheduler
        // The coordinator leases and links sites; their reports and notes stay in the store.
        for var site in stored {
            site.report = nil
            site.notes = SiteNotes()
            sites[site.site.id] = site
        }
        politenessKeys = PolitenessKeys(sites: stored.map(\.site))
        let counts = try store.counts(sweepID: sweep.id)
        statistics.pages = counts.pages
        statistics.startedAt = clock()
        // Links of finished sites whose checks never came back (those of unfinished sites are
        // queued when their crawls end).
        let finished = Set(stored.filter { $0.state == .done }.map(\.site.id))
        let pending = try store.pendingTargets(sweepID: sweep.id).filter { finished.contains($0.siteID) }
        try Self.queueLinkChecks(
            pending.map { ($0.siteID, $0.reference) }, sites: sites, keys: politenessKeys, store: store, sweepID: sweep.id,
            into: &linkChecks)
    }

    public var progress: LeaseScheduler.Progress { scheduler.progress }
    /// Every site is crawled and every link into another host checked.
    public var isComplete: Bool { scheduler.isComplete && linkChecks.isEmpty }
    public var connectedWorkers: Int { sessions.count }

    /// Where the sweep stands now.
    public var snapshot: SweepSnapshot {
        let progress = scheduler.progress
        let pagesPerSite = progress.done > 0 ? Double(statistics.pages) / Double(progress.done + progress.leased) : 0
        return SweepSnapshot(
            progress: progress, statistics: statistics, workers: sessions.count,
            elapsed: clock() - statistics.startedAt, linkChecksWaiting: linkChecks.count,
            politenessFloorSeconds: PolitenessFloor.seconds(
                waitingSitesByKey: scheduler.waitingSitesByKey, pagesPerSite: pagesPerSite,
                waitingLinkChecksByKey: linkChecks.waitingByKey, settings: sweep.settings))
    }

    /// Hands out no work until `count` workers are connected or a few seconds have passed, so that
    /// work spreads over the workers `sweep` starts together.
    public func expectWorkers(_ count: Int) {
        expectedWorkers = count
    }

    /// Returns when every site is done.
    public func waitUntilComplete() async {
        if isComplete { return }
        await withCheckedContinuation { completionWaiters.append($0) }
    }

    // MARK: SessionHost

    public func attach(_ session: WorkerSession) {
        if let previous = sessions[session.workerID], previous.connectionID != session.connectionID {
            previous.close()
        }
        sessions[session.workerID] = session
        metrics.workerConnected()
        scheduler.workerConnected(session.workerID, capacity: session.hello.capacity)
        if isComplete {
            session.send(.shutdown(Shutdown(reason: "sweep \(sweep.id) is complete")))
            return
        }
        dispatch()
    }

    public func detach(_ session: WorkerSession) {
        guard sessions[session.workerID]?.connectionID == session.connectionID else { return }
        sessions[session.workerID] = nil
        scheduler.workerDisconnected(session.workerID)
        logger.info("worker left", metadata: ["worker": "\(PeerText.quoted(session.workerID))", "leases_kept_until_expiry": "\(scheduler.leases(of: session.workerID).count)"])
    }

    public func received(_ message: Message, from session: WorkerSession) {
        let now = clock()
        switch message {
        case .heartbeat(let heartbeat):
            let notHeld = scheduler.heartbeat(from: session.workerID, holding: heartbeat.leases, now: now)
            if !notHeld.isEmpty {
                // Expired while the worker was out of touch (and perhaps leased again): stop it, so
                // that two workers never spend one host's budget.
                logger.notice("revoking leases the worker no longer holds", metadata: [
                    "worker": "\(PeerText.quoted(session.workerID))", "leases": "\(notHeld.joined(separator: ","))",
                ])
                session.send(.revoke(Revoke(leases: notHeld, reason: "these leases expired or ended; their work is done elsewhere")))
            }
        case .batch(let batch):
            accept(batch, from: session, now: now)
        case .siteDone(let done):
            writePendingBatches()
            finish(done, from: session)
        case .linkChecksDone(let done):
            writePendingBatches()
            finish(done, from: session)
        case .release(let release):
            writePendingBatches()
            // A worker hands leases back when it stops: it gets no new work on this connection
            // (the freed sites would otherwise go straight back to it).
            scheduler.workerDisconnected(session.workerID)
            let returned = scheduler.release(release.leases, by: session.workerID)
            for lease in returned { metrics.leaseEnded(lease.id, .released, at: now) }
            takeBack(returned)
            // The leases are free now: the worker may exit.
            session.send(.ack(BatchAck(batchID: release.acknowledgementID)))
            logger.info("worker handed leases back", metadata: ["worker": "\(PeerText.quoted(session.workerID))", "leases": "\(returned.count)"])
            dispatch()
        case .error(let error):
            logger.warning("worker reported an error", metadata: ["worker": "\(PeerText.quoted(session.workerID))", "code": "\(PeerText.quoted(error.code))", "message": "\(PeerText.quoted(error.message))"])
        default:
            session.send(.error(ErrorMessage(
                code: "unexpected_message", message: "a worker does not send \(message.kind.rawValue) after the handshake", fatal: false)))
        }
    }

    // MARK: Periodic work

    /// Expires leases whose workers went silent and hands out work. Call about once a second.
    public func tick() {
        let now = clock()
        // Bytes arriving prove a worker alive even when its heartbeats wait behind a backlog here.
        for session in sessions.values where now - session.activity.lastReadTime < scheduler.leaseSeconds {
            scheduler.renewLeases(of: session.workerID, now: now)
        }
        let expired = scheduler.expire(now: now)
        if !expired.isEmpty {
            for lease in expired {
                logger.notice("lease expired; its work goes back to the queue", metadata: [
                    "site": "\(lease.siteID ?? "link checks of " + lease.politenessKey)", "worker": "\(PeerText.quoted(lease.workerID))",
                ])
            }
            for lease in expired { metrics.leaseEnded(lease.id, .expired, at: now) }
            takeBack(expired)
        }
        dispatch()
        // Link checks the store could answer need no worker: the last of them may end the sweep here.
        if isComplete { complete() }
    }

    /// Tells every worker to stop taking work (graceful shutdown of the coordinator).
    public func drainAll(reason: String) {
        for session in sessions.values { session.send(.drain(Drain(reason: reason))) }
    }

    // MARK: Internals

    /// Work of ended leases goes back: sites to their queue, link checks to theirs.
    func takeBack(_ leases: [LeaseScheduler.Lease]) {
        for lease in leases where lease.work == .linkChecks { linkChecks.returned(lease.id) }
        recordReturned(leases.compactMap(\.siteID))
    }

    func dispatch() {
        let now = clock()
        if sessions.count < expectedWorkers, now - statistics.startedAt < gatherSeconds { return }
        let leases = scheduler.assign(now: now, linkCheckKeys: linkChecks.keysByMostWaiting)
        for lease in leases {
            metrics.leaseGranted(lease, at: now)
            switch lease.work {
            case .site(let siteID): send(siteID, on: lease)
            case .linkChecks: sendLinkChecks(on: lease)
            }
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func complete() {
        guard !completed else { return }
        completed = true
        do {
            try store.markComplete(sweep.id, at: clock())
        } catch {
            logger.error("could not mark the sweep complete", metadata: ["error": "\(error)"])
        }
        logger.info("sweep complete", metadata: [
            "sweep": "\(sweep.id)", "sites": "\(scheduler.progress.total)", "batches": "\(statistics.batchesWritten)",
            "batch_transactions": "\(statistics.batchTransactions)",
        ])
        for session in sessions.values { session.send(.shutdown(Shutdown(reason: "sweep \(sweep.id) is complete"))) }
        for waiter in completionWaiters { waiter.resume() }
        completionWaiters.removeAll()
    }
}
