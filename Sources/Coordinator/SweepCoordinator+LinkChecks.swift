import GovSweepProtocol
import Logging

/// Link checks into other hosts: their results, and their leases going out.
extension SweepCoordinator {
    func finish(_ done: LinkChecksDone, from session: WorkerSession) {
        session.send(.ack(BatchAck(batchID: "checks_done:" + done.leaseID)))
        // Verdicts are facts: kept even when the lease expired meanwhile (a second check agrees or updates).
        do {
            try store.recordLinkChecks(done.outcomes, sweepID: sweep.id)
        } catch {
            logger.error("could not store link checks; they will be made again", metadata: ["lease": "\(done.leaseID)", "error": "\(error)"])
            return
        }
        statistics.failingLinks += done.outcomes.filter { $0.verdict != .ok }.count
        statistics.linkChecksDone += done.outcomes.count
        metrics.linksChecked(done.outcomes)
        let checked = Set(done.outcomes.map(\.target))
        if scheduler.completeLinkChecks(done.leaseID) != nil {
            metrics.leaseEnded(done.leaseID, .completed, at: clock())
            linkChecks.finished(done.leaseID, checked: checked)
        } else {
            linkChecks.forget(checked)
        }
        dispatch()
        if isComplete { complete() }
    }

    /// Queues the checks of a finished site's pending references that its crawl does not make itself;
    /// those whose verdict the sweep already knows are resolved at once.
    func queueLinkChecks(_ references: [(siteID: String, reference: LinkReference)]) throws(StoreError) {
        try Self.queueLinkChecks(references, sites: sites, keys: politenessKeys, store: store, sweepID: sweep.id, into: &linkChecks)
    }

    static func queueLinkChecks(
        _ references: [(siteID: String, reference: LinkReference)], sites: [String: StoredSite], keys: PolitenessKeys,
        store: SweepStore, sweepID: String, into queue: inout LinkCheckQueue
    ) throws(StoreError) {
        var targets: [String: LinkTarget] = [:]
        for (siteID, reference) in references {
            // A target already queued gets its verdict to every site holding it when its check ends.
            guard !queue.contains(reference.target), let site = sites[siteID]?.site, !site.checksItself(reference.target)
            else { continue }
            targets[reference.target] = LinkTarget(target: reference.target, kind: reference.kind)
        }
        guard !targets.isEmpty else { return }
        let known = try store.resolveKnownTargets(targets.keys, sweepID: sweepID)
        for (target, link) in targets.sorted(by: { $0.key < $1.key }) where !known.contains(target) {
            queue.add(link, key: keys.key(for: target))
        }
    }

    func sendLinkChecks(on lease: LeaseScheduler.Lease) {
        let batch = linkChecks.batchSize(for: sweep.settings.budget(for: lease.politenessKey))
        var targets = linkChecks.take(for: lease.id, key: lease.politenessKey, limit: batch)
        // Crawls of the host's own sites may have checked some meanwhile.
        if let known = try? store.resolveKnownTargets(targets.map(\.target), sweepID: sweep.id), !known.isEmpty {
            linkChecks.settle(lease.id, checked: known)
            targets.removeAll { known.contains($0.target) }
        }
        guard !targets.isEmpty else {
            linkChecks.finished(lease.id, checked: [])
            _ = scheduler.completeLinkChecks(lease.id)
            metrics.leaseEnded(lease.id, .completed, at: clock())
            return
        }
        sessions[lease.workerID]?.send(.checkLinks(LinkCheckAssignment(
            leaseID: lease.id, politenessKey: lease.politenessKey, settings: sweep.settings, targets: targets)))
    }
}
