import Foundation
import GovSweepProtocol
import Logging
import Testing
import Worker
@testable import Coordinator

@Suite("Sweep lifecycle with in-process workers")
struct SweepLifecycleTests {
    @Test("two workers finish a sweep; every page is stored once")
    func twoWorkers() async throws {
        let harness = try await Harness.make(sites: Harness.sites(6))
        try await harness.serving {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ["w-a", "w-b"] {
                    group.addTask {
                        try await WorkerService(
                            configuration: harness.workerConfiguration(id: id), crawler: FakeCrawler(),
                            logger: Logger(label: "test.worker")
                        ).run()
                    }
                }
                try await group.waitForAll()
            }
        }
        #expect(await harness.coordinator.isComplete)
        for site in Harness.sites(6) {
            #expect(try harness.store.pages(sweepID: "sweep-1", siteID: site.id).count == 5)
        }
        #expect(try harness.store.sweep(nil).state == .complete)
    }

    @Test("a worker that dies mid-site loses its lease and another worker finishes the site")
    func workerDies() async throws {
        let harness = try await Harness.make(sites: Harness.sites(2), leaseSeconds: 0.6)
        try await harness.serving {
            // The first worker crawls slowly and is cancelled (killed) while its sites are half done.
            let doomed = Task {
                try await WorkerService(
                    configuration: harness.workerConfiguration(id: "w-doomed", capacity: 2),
                    crawler: FakeCrawler(pages: 40, delay: .milliseconds(50)), logger: Logger(label: "test.worker")
                ).run()
            }
            try await Task.sleep(for: .milliseconds(600))
            doomed.cancel()
            _ = try? await doomed.value
            try await WorkerService(
                configuration: harness.workerConfiguration(id: "w-rescuer", capacity: 2),
                crawler: FakeCrawler(pages: 40, delay: .milliseconds(1)), logger: Logger(label: "test.worker")
            ).run()
        }
        #expect(await harness.coordinator.isComplete)
        for site in Harness.sites(2) {
            #expect(try harness.store.pages(sweepID: "sweep-1", siteID: site.id).count == 40)
        }
    }

    @Test("a resent batch is stored once")
    func duplicateBatch() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let site = Harness.sites(1)[0]
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: [site], columns: [:])
        let batch = Batch(
            batchID: "w-1", leaseID: "l", siteID: site.id, pages: [PageReport(url: "http://a/", role: .homepage)],
            links: [LinkOutcome(target: "http://a/x.pdf", kind: .attachment, verdict: .broken, status: 404, foundOn: ["http://a/"])],
            frontier: [FrontierEntry(url: "http://a/next", role: .article, depth: 1)])
        #expect(try store.commit(batch, sweepID: "s", now: 1))
        #expect(try !store.commit(batch, sweepID: "s", now: 2))
        let resume = try store.resumeState(sweepID: "s", siteID: site.id)
        #expect(resume.done == ["http://a/"])
        #expect(resume.frontier.map(\.url) == ["http://a/next"])
        #expect(resume.knownLinks.map(\.target) == ["http://a/x.pdf"])
        var second = batch
        second.batchID = "w-2"
        second.pages = []
        second.frontier = []
        second.links[0].foundOn = ["http://a/other"]
        try store.commit(second, sweepID: "s", now: 3)
        #expect(try store.failingLinks(sweepID: "s", siteID: site.id).first?.foundOn == ["http://a/", "http://a/other"])
    }
}

@Suite("Resume state across leases")
struct ResumeStateTests {
    @Test("pending link references survive until their verdict, and notes of every lease are kept")
    func referencesAndNotes() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let site = Harness.sites(1)[0]
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: [site], columns: [:])
        let pdf = "http://a/x.pdf"
        let page = "http://a/y.html"
        try store.commit(Batch(
            batchID: "1", leaseID: "l1", siteID: site.id,
            references: [LinkReference(target: pdf, kind: .attachment, foundOn: ["http://a/"]),
                         LinkReference(target: page, kind: .page, foundOn: ["http://a/"])],
            notes: SiteNotes(cap: CrawlCap(reason: .trap, limit: 0, example: "http://a/cal?d=1"))), sweepID: "s", now: 1)
        try store.commit(Batch(
            batchID: "2", leaseID: "l1", siteID: site.id,
            references: [LinkReference(target: pdf, kind: .attachment, foundOn: ["http://a/2"])], resolved: [page],
            notes: SiteNotes(robotsBlocked: ["http://a/private/"])), sweepID: "s", now: 2)
        let resume = try store.resumeState(sweepID: "s", siteID: site.id)
        #expect(resume.pendingLinks == [LinkReference(target: pdf, kind: .attachment, foundOn: ["http://a/", "http://a/2"])])
        // The verdict arrives in a later lease: the reference is gone.
        try store.commit(Batch(
            batchID: "3", leaseID: "l2", siteID: site.id,
            links: [LinkOutcome(target: pdf, kind: .attachment, verdict: .broken, status: 404, foundOn: ["http://a/", "http://a/2"])]),
            sweepID: "s", now: 3)
        #expect(try store.resumeState(sweepID: "s", siteID: site.id).pendingLinks.isEmpty)
        try store.completeSite(sweepID: "s", report: SiteReport(siteID: site.id, pagesFetched: 3))
        let stored = try store.sites(of: "s")[0]
        #expect(stored.report?.cap?.example == "http://a/cal?d=1")
        #expect(stored.report?.robotsBlocked == ["http://a/private/"])
    }
}

@Suite("Revoked leases")
struct RevokedLeaseTests {
    @Test("a lease that expired between heartbeats is revoked and its crawl stops while the worker runs on")
    func expiredLeaseIsRevoked() async throws {
        // Heartbeats every second, leases of 0.4 s, a page every 1.5 s: each lease expires before the
        // worker's next heartbeat names it, and that heartbeat earns a revoke.
        let harness = try await Harness.make(sites: Harness.sites(1), leaseSeconds: 0.4, heartbeatSeconds: 1)
        let crawler = FakeCrawler(pages: 3, delay: .milliseconds(1500))
        let cancelledWhileRunning = try await harness.serving {
            let worker = Task {
                try await WorkerService(
                    configuration: harness.workerConfiguration(id: "w-slow", capacity: 4), crawler: crawler,
                    logger: Logger(label: "test.worker")
                ).run()
            }
            // The first revoke comes with the first heartbeat, after a second; allow for a loaded machine.
            var cancelled: [String] = []
            for _ in 0..<100 where cancelled.isEmpty {
                try await Task.sleep(for: .milliseconds(100))
                cancelled = crawler.crawls.cancelledLeases
            }
            worker.cancel()
            _ = try? await worker.value
            return cancelled
        }
        #expect(!cancelledWhileRunning.isEmpty, "a revoke stops the crawl before the worker itself stops")
    }
}
