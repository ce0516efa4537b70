import Foundation
import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("What status says")
struct SweepStandingTests {
    /// Three sites: the first done with links into two other hosts unchecked, the second leased
    /// with 2 pages stored, the third pending.
    static func halfDoneStore() throws -> (SweepStore, String) {
        let path = Harness.temporaryDirectory() + "/govsweep.db"
        let store = try SweepStore(path: path)
        let sites = Harness.sites(3)
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: sites, columns: [:])
        let home = sites[0].url
        try store.recordLease(sweepID: "s", siteID: sites[0].id, leaseID: "l1", workerID: "w-1")
        try store.commit(Batch(
            batchID: "1", leaseID: "l1", siteID: sites[0].id,
            pages: [PageReport(url: home, status: 200, role: .homepage, depth: 0)],
            references: ["http://127.0.0.2:81/a", "http://127.0.0.2:81/b", "http://127.0.0.3:82/c", home + "own.html"].map {
                LinkReference(target: $0, kind: .page, foundOn: [home])
            }), sweepID: "s", now: 1)
        try store.completeSite(sweepID: "s", report: SiteReport(siteID: sites[0].id, pagesFetched: 1))
        try store.recordLease(sweepID: "s", siteID: sites[1].id, leaseID: "l2", workerID: "w-2")
        try store.commit(Batch(
            batchID: "2", leaseID: "l2", siteID: sites[1].id,
            pages: [PageReport(url: sites[1].url, status: 200, role: .homepage, depth: 0),
                    PageReport(url: sites[1].url + "a.html", status: 200, role: .article, depth: 1)]), sweepID: "s", now: 2)
        return (store, path)
    }

    @Test("a live sweep: its coordinator, the sites in progress, the link checks waiting per host and the time left")
    func live() throws {
        let (store, path) = try Self.halfDoneStore()
        let lock = try DatabaseLock.acquire(database: path, command: "sweep", now: 1_700_000_000)
        lock.claim(sweepID: "s")
        let snapshot = SweepSnapshot(
            progress: .init(total: 3, done: 1, leased: 1), statistics: SweepStatistics(), workers: 2, elapsed: 60,
            linkChecksWaiting: 3, etaSeconds: 125)
        lock.publish(PublishedProgress(sweepID: "s", snapshot: snapshot, at: 1_700_000_050))
        let standing = try SweepStanding.read(store: store, record: store.sweep("s"), lock: DatabaseLock.state(ofDatabase: path))
        let text = standing.lines(db: path, now: 1_700_000_052).joined(separator: "\n")
        #expect(text.hasPrefix("sweep s  live  as of 2024-01-15"))
        #expect(text.contains("serving   `govsweep sweep`, pid \(getpid())"))
        #expect(text.contains("sites     1/3 done, 1 in progress, 1 pending"))
        #expect(text.contains("in progress:\n    \(Harness.sites(3)[1].id)  测试站点2  http://127.0.0.1:9/site2/  (worker w-2, 2 pages, lease 1)"))
        #expect(text.contains("link checks waiting: 3 on 2 hosts\n    127.0.0.2:81  2\n    127.0.0.3:82  1"))
        #expect(text.contains("ETA       2:05 (as of 2s ago; 2 workers"))
        #expect(!text.contains("continue with"))
        lock.release()
    }

    @Test("an interrupted sweep: no coordinator, its unfinished sites and waiting checks, no ETA, how to continue")
    func interrupted() throws {
        let (store, path) = try Self.halfDoneStore()
        let lock = try DatabaseLock.acquire(database: path, command: "coordinator", now: 1_700_000_000)
        lock.claim(sweepID: "s")
        lock.release()  // as the kernel does for a process killed with SIGKILL
        let standing = try SweepStanding.read(store: store, record: store.sweep("s"), lock: DatabaseLock.state(ofDatabase: path))
        #expect(standing.liveness == .interrupted(lastHolder: lock.holder))
        let text = standing.lines(db: path, now: 1_700_000_100).joined(separator: "\n")
        #expect(text.hasPrefix("sweep s  interrupted  as of 2024-01-15"))
        #expect(text.contains("stopped   no coordinator is serving it; the last was `govsweep coordinator`, pid \(getpid())"))
        #expect(text.contains("sites     1/3 done, 1 unfinished, 1 pending"))
        #expect(text.contains("unfinished (a resume goes on where they stopped):\n    \(Harness.sites(3)[1].id)"))
        #expect(text.contains("link checks waiting: 3 on 2 hosts"))
        #expect(text.contains("ETA       none while no coordinator serves it"))
        #expect(text.contains("continue with: govsweep resume --db \(path) --sweep s"))
    }

    @Test("a sweep no process ever locked (an older database) counts as interrupted; a complete one lists nothing left")
    func neverLockedAndComplete() throws {
        let (store, path) = try Self.halfDoneStore()
        let state = DatabaseLock.state(ofDatabase: path)
        #expect(try SweepStanding.read(store: store, record: store.sweep("s"), lock: state).liveness == .interrupted(lastHolder: nil))
        try store.markComplete("s", at: 100)
        let complete = try SweepStanding.read(store: store, record: store.sweep("s"), lock: state)
        let text = complete.lines(db: path, now: 200).joined(separator: "\n")
        #expect(text.hasPrefix("sweep s  complete"))
        #expect(!text.contains("ETA"))
        #expect(!text.contains("continue with"))
    }
}

@Suite("Time left")
struct ProgressEstimatorTests {
    static func snapshot(total: Int = 10, done: Int, sitesDone: Int, linkChecksDone: Int = 0, waiting: Int = 0) -> SweepSnapshot {
        var statistics = SweepStatistics()
        statistics.sitesDone = sitesDone
        statistics.linkChecksDone = linkChecksDone
        return SweepSnapshot(
            progress: .init(total: total, done: done, leased: 0), statistics: statistics, workers: 1, elapsed: 0, linkChecksWaiting: waiting)
    }

    @Test("sites left at the recent pace")
    func sitesPace() {
        var estimator = ProgressEstimator(window: 300)
        #expect(estimator.estimate(Self.snapshot(done: 0, sitesDone: 0), at: 0) == nil)
        #expect(estimator.estimate(Self.snapshot(done: 5, sitesDone: 5), at: 100) == 100)
    }

    @Test("link checks waiting count: never 0 while they wait, and their own pace once sites are done")
    func linkChecksCount() {
        var estimator = ProgressEstimator(window: 300)
        _ = estimator.estimate(Self.snapshot(done: 10, sitesDone: 10, linkChecksDone: 0, waiting: 13), at: 0)
        // 6 checks in 60 s: 7 left take 70 s.
        #expect(estimator.estimate(Self.snapshot(done: 10, sitesDone: 10, linkChecksDone: 6, waiting: 7), at: 60) == 70)

        var stalled = ProgressEstimator(window: 300)
        _ = stalled.estimate(Self.snapshot(done: 10, sitesDone: 10, waiting: 7), at: 0)
        #expect(stalled.estimate(Self.snapshot(done: 10, sitesDone: 10, waiting: 7), at: 600) == nil)

        var finished = ProgressEstimator()
        #expect(finished.estimate(Self.snapshot(done: 10, sitesDone: 10), at: 1) == 0)
    }

    @Test("while sites are crawled, the trickle of link checks does not set the time left")
    func checksWaitForCrawls() {
        var estimator = ProgressEstimator(window: 300)
        _ = estimator.estimate(Self.snapshot(total: 250, done: 200, sitesDone: 200, linkChecksDone: 0, waiting: 6000), at: 0)
        // 34 sites in 60 s leave 16 sites for about 28 s; 10 checks in 60 s would have said 10 hours.
        let eta = estimator.estimate(Self.snapshot(total: 250, done: 234, sitesDone: 234, linkChecksDone: 10, waiting: 6300), at: 60)
        #expect(eta.map { $0 < 60 } == true, "\(String(describing: eta))")
    }

    @Test("a pace older than the window is forgotten")
    func window() {
        var estimator = ProgressEstimator(window: 300)
        _ = estimator.estimate(Self.snapshot(done: 0, sitesDone: 0), at: 0)
        _ = estimator.estimate(Self.snapshot(done: 5, sitesDone: 5), at: 100)
        #expect(estimator.estimate(Self.snapshot(done: 5, sitesDone: 5), at: 500) == nil)
    }

    @Test("the progress line says the time left is unknown instead of 0:00 while links wait")
    func line() {
        var snapshot = Self.snapshot(done: 10, sitesDone: 10, waiting: 7)
        #expect(snapshot.line.hasSuffix("ETA unknown"))
        #expect(snapshot.line.contains("links to check 7"))
        snapshot.etaSeconds = 70
        #expect(snapshot.line.hasSuffix("ETA 1:10"))
    }
}
