import GovSweepProtocol
import Logging

/// Sites' work: sites finished, leases sent and returned (batches: SweepCoordinator+Batches.swift).
extension SweepCoordinator {
    func finish(_ done: SiteDone, from session: WorkerSession) {
        // Acknowledged before anything else is sent, so the worker can forget it even if the sweep ends now.
        session.send(.ack(BatchAck(batchID: "site_done:" + done.leaseID)))
        guard let siteID = scheduler.complete(done.leaseID) else {
            logger.notice("ignoring site_done for a lease that is no longer current", metadata: ["lease": "\(done.leaseID)", "worker": "\(PeerText.quoted(session.workerID))"])
            return
        }
        metrics.leaseEnded(done.leaseID, .completed, at: clock())
        metrics.siteFinished()
        do {
            try store.completeSite(sweepID: sweep.id, report: done.report)
            sites[siteID]?.state = .done
            // What the crawl left pending goes to the link checks: links its own fetches did not
            // settle (into other hosts, or any link of a platform's channel).
            try queueLinkChecks(store.pendingTargets(sweepID: sweep.id, siteID: siteID))
        } catch {
            logger.error("could not record a finished site", metadata: ["site": "\(siteID)", "error": "\(error)"])
        }
        statistics.sitesDone += 1
        dispatch()
        if isComplete { complete() }
    }

    func send(_ siteID: String, on lease: LeaseScheduler.Lease) {
        guard let session = sessions[lease.workerID], let stored = sites[siteID] else { return }
        do {
            try store.recordLease(sweepID: sweep.id, siteID: siteID, leaseID: lease.id, workerID: lease.workerID)
            let resume = try store.resumeState(sweepID: sweep.id, siteID: siteID)
            session.send(.assign(Assignment(
                leaseID: lease.id, site: stored.site, settings: sweep.settings, columns: stored.columns,
                done: resume.done, frontier: resume.frontier, knownLinks: resume.knownLinks,
                pendingLinks: resume.pendingLinks)))
        } catch {
            logger.error("could not lease a site", metadata: ["site": "\(siteID)", "error": "\(error)"])
        }
    }

    func recordReturned(_ siteIDs: [String]) {
        guard !siteIDs.isEmpty else { return }
        do {
            try store.recordReturned(sweepID: sweep.id, siteIDs: siteIDs)
        } catch {
            logger.error("could not record returned leases", metadata: ["error": "\(error)"])
        }
    }
}
