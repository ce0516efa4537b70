@testable import Coordinator
import Foundation
import GRDB
import GovSweepProtocol
import Logging
import Testing

/// A worker connection as the coordinator sees it, without a socket: what the coordinator sends
/// it is read back in order.
struct SessionProbe {
    let session: WorkerSession
    private let continuation: AsyncStream<Message>.Continuation
    private var iterator: AsyncStream<Message>.Iterator
    private var markers = 0

    init(workerID: String, connectionID: Int) {
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .unbounded)
        self.continuation = continuation
        iterator = stream.makeAsyncIterator()
        session = WorkerSession(
            hello: Hello(workerID: workerID, host: "test", version: ProtocolVersion.software, capacity: 1),
            connectionID: connectionID, outbound: continuation)
    }

    /// Everything the coordinator has sent on this connection since the last call.
    mutating func sent() async -> [Message] {
        markers += 1
        let marker = Message.drain(Drain(reason: "probe marker \(markers)"))
        continuation.yield(marker)
        var messages: [Message] = []
        while let message = await iterator.next(), message != marker { messages.append(message) }
        return messages
    }

    /// The ids acknowledged since the last call, in order.
    mutating func acknowledged() async -> [String] {
        await sent().compactMap { if case .ack(let ack) = $0 { ack.batchID } else { nil } }
    }
}

@Suite("Batches written in groups, each acknowledged after its transaction commits")
struct BatchGroupTests {
    static let sites = [
        Site(id: "3611000001", name: "甲", url: "http://a.example/"),
        Site(id: "3611000002", name: "乙", url: "http://b.example/"),
    ]

    /// A coordinator whose groups are written only when a test says so (or another message of a
    /// worker comes), two workers attached, each holding a lease of one site.
    struct Fixture {
        let store: SweepStore
        let coordinator: SweepCoordinator
        var probes: [SessionProbe]
        let leases: [(lease: String, site: String)]

        /// Worker `worker` (0 or 1) sends `batch`.
        func send(_ batch: Batch, from worker: Int) async {
            await coordinator.received(.batch(batch), from: probes[worker].session)
        }
    }

    static func leased(groupSeconds: Double = 3600) async throws -> Fixture {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/govsweep.db")
        try store.createSweep(
            SweepRecord(id: "sweep-1", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf, allowPrivate: true),
                        options: SweepOptions()),
            sites: sites, columns: [:])
        let coordinator = try SweepCoordinator(
            store: store, sweep: store.sweep(nil),
            configuration: CoordinatorConfiguration(port: 0, token: Harness.token, batchGroupSeconds: groupSeconds),
            logger: Logger(label: "test.coordinator"), clock: { Date().timeIntervalSince1970 }, leasePrefix: "g")
        var probes: [SessionProbe] = []
        var leases: [(lease: String, site: String)] = []
        for number in 1...2 {
            var probe = SessionProbe(workerID: "w\(number)", connectionID: number)
            await coordinator.attach(probe.session)
            for case .assign(let assignment) in await probe.sent() { leases.append((assignment.leaseID, assignment.site.id)) }
            probes.append(probe)
        }
        try #require(leases.count == 2)
        return Fixture(store: store, coordinator: coordinator, probes: probes, leases: leases)
    }

    static func batch(_ id: String, _ lease: (lease: String, site: String), urls: [String], status: Int = 200) -> Batch {
        Batch(
            batchID: id, leaseID: lease.lease, siteID: lease.site,
            pages: urls.map { PageReport(url: $0, status: status, role: .article, depth: 1) },
            frontier: urls.map { FrontierEntry(url: $0 + "next/", role: .article, depth: 2) })
    }

    @Test("batches of several workers and leases go in one transaction; each is acknowledged once, after it")
    func groupedAndAcknowledgedAfterCommit() async throws {
        var fixture = try await Self.leased()
        await fixture.send(Self.batch("w1-1", fixture.leases[0], urls: ["http://a.example/1"]), from: 0)
        await fixture.send(Self.batch("w2-1", fixture.leases[1], urls: ["http://b.example/1", "http://b.example/2"]), from: 1)
        await fixture.send(Self.batch("w1-2", fixture.leases[0], urls: ["http://a.example/2"]), from: 0)
        // Received, not written: nothing is acknowledged and nothing is in the database yet.
        #expect(await fixture.probes[0].acknowledged().isEmpty)
        #expect(await fixture.probes[1].acknowledged().isEmpty)
        #expect(try fixture.store.counts(sweepID: "sweep-1").pages == 0)

        await fixture.coordinator.writePendingBatches()
        #expect(await fixture.probes[0].acknowledged() == ["w1-1", "w1-2"])
        #expect(await fixture.probes[1].acknowledged() == ["w2-1"])
        let counts = try fixture.store.counts(sweepID: "sweep-1")
        #expect(counts.pages == 4)
        #expect(counts.batches == 3)
        let statistics = await fixture.coordinator.statistics
        #expect(statistics.batchTransactions == 1)
        #expect(statistics.batchesWritten == 3)
        #expect(statistics.pages == 4)
        // Nothing is acknowledged twice, and nothing is left to write.
        await fixture.coordinator.writePendingBatches()
        #expect(await fixture.probes[0].acknowledged().isEmpty)
        #expect(await fixture.probes[1].acknowledged().isEmpty)
        #expect(await fixture.coordinator.statistics.batchTransactions == 1)
    }

    @Test("a batch that fails is rolled back alone and not acknowledged; the others of its group commit")
    func failingBatchRolledBackAlone() async throws {
        var fixture = try await Self.leased()
        // A row SQLite refuses: any page whose URL says "bad".
        try await fixture.store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_bad_pages BEFORE INSERT ON pages WHEN NEW.url LIKE '%bad%'
                BEGIN SELECT RAISE(ABORT, 'a bad row'); END
                """)
        }
        let bad = Self.batch("w1-2", fixture.leases[0], urls: ["http://a.example/ok", "http://a.example/bad"])
        await fixture.send(Self.batch("w1-1", fixture.leases[0], urls: ["http://a.example/1"]), from: 0)
        await fixture.send(bad, from: 0)
        await fixture.send(Self.batch("w2-1", fixture.leases[1], urls: ["http://b.example/1"]), from: 1)
        await fixture.coordinator.writePendingBatches()

        #expect(await fixture.probes[0].acknowledged() == ["w1-1"])
        #expect(await fixture.probes[1].acknowledged() == ["w2-1"])
        let stored = try fixture.store.pages(sweepID: "sweep-1", siteID: fixture.leases[0].site).map(\.url)
        #expect(stored == ["http://a.example/1"])
        #expect(try fixture.store.counts(sweepID: "sweep-1").batches == 2)
        let frontier = try fixture.store.resumeState(sweepID: "sweep-1", siteID: fixture.leases[0].site).frontier.map(\.url)
        #expect(frontier == ["http://a.example/1next/"])
        #expect(try fixture.store.pages(sweepID: "sweep-1", siteID: fixture.leases[1].site).map(\.url) == ["http://b.example/1"])

        // Nothing of it was kept: sent again once the row is accepted, it is stored, not taken for a resend.
        try await fixture.store.database.write { try $0.execute(sql: "DROP TRIGGER refuse_bad_pages") }
        await fixture.send(bad, from: 0)
        await fixture.coordinator.writePendingBatches()
        #expect(await fixture.probes[0].acknowledged() == ["w1-2"])
        #expect(try fixture.store.pages(sweepID: "sweep-1", siteID: fixture.leases[0].site).count == 3)
        #expect(await fixture.coordinator.statistics.pages == 4)
    }

    @Test("the store's group commit answers each batch: stored, stored before, or failed")
    func storeAnswersEachBatch() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/govsweep.db")
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: Self.sites, columns: [:])
        try store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_bad_pages BEFORE INSERT ON pages WHEN NEW.url LIKE '%bad%'
                BEGIN SELECT RAISE(ABORT, 'a bad row'); END
                """)
        }
        let lease = (lease: "l", site: Self.sites[0].id)
        let results = try store.commit([
            (Self.batch("w-1", lease, urls: ["http://a.example/1"]), 1),
            (Self.batch("w-2", lease, urls: ["http://a.example/bad"]), 2),
            (Self.batch("w-1", lease, urls: ["http://a.example/1"]), 3),
            (Self.batch("w-3", lease, urls: ["http://a.example/3"]), 4),
        ], sweepID: "s")
        #expect(results.count == 4)
        #expect((try? results[0].get()) == true)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) == false)
        #expect((try? results[3].get()) == true)
        #expect(try store.pages(sweepID: "s", siteID: lease.site).map(\.url).sorted() == ["http://a.example/1", "http://a.example/3"])
    }

    @Test("a lease's batches are written in the order they came: a later page replaces an earlier one")
    func orderWithinLeaseKept() async throws {
        var fixture = try await Self.leased()
        let url = "http://a.example/1"
        await fixture.send(Self.batch("w1-1", fixture.leases[0], urls: [url], status: 500), from: 0)
        await fixture.send(Self.batch("w2-1", fixture.leases[1], urls: ["http://b.example/1"]), from: 1)
        await fixture.send(Self.batch("w1-2", fixture.leases[0], urls: [url], status: 200), from: 0)
        await fixture.send(Self.batch("w1-3", fixture.leases[0], urls: [url], status: 404), from: 0)
        await fixture.coordinator.writePendingBatches()
        #expect(await fixture.probes[0].acknowledged() == ["w1-1", "w1-2", "w1-3"])
        #expect(await fixture.probes[1].acknowledged() == ["w2-1"])
        #expect(try fixture.store.pages(sweepID: "sweep-1", siteID: fixture.leases[0].site).map(\.status) == [404])
    }

    @Test("a site_done is handled after the batches received before it are written and acknowledged")
    func siteDoneAfterItsBatches() async throws {
        var fixture = try await Self.leased()
        await fixture.send(Self.batch("w1-1", fixture.leases[0], urls: ["http://a.example/1"]), from: 0)
        await fixture.send(Self.batch("w2-1", fixture.leases[1], urls: ["http://b.example/1"]), from: 1)
        await fixture.coordinator.received(
            .siteDone(SiteDone(leaseID: fixture.leases[0].lease, report: SiteReport(siteID: fixture.leases[0].site, pagesFetched: 1))),
            from: fixture.probes[0].session)
        #expect(await fixture.probes[0].acknowledged() == ["w1-1", "site_done:" + fixture.leases[0].lease])
        // The other worker's batch went in the same transaction.
        #expect(await fixture.probes[1].acknowledged() == ["w2-1"])
        #expect(try fixture.store.counts(sweepID: "sweep-1").pages == 2)
        #expect(await fixture.coordinator.progress.done == 1)
        #expect(await fixture.coordinator.statistics.batchTransactions == 1)
    }

    @Test("with no wait, a batch is written and acknowledged without any other message")
    func writtenWithoutWaiting() async throws {
        var fixture = try await Self.leased(groupSeconds: 0)
        await fixture.send(Self.batch("w1-1", fixture.leases[0], urls: ["http://a.example/1"]), from: 0)
        var acknowledged: [String] = []
        while acknowledged.isEmpty {
            acknowledged = await fixture.probes[0].acknowledged()
            await Task.yield()
        }
        #expect(acknowledged == ["w1-1"])
        #expect(try fixture.store.counts(sweepID: "sweep-1").pages == 1)
    }
}
