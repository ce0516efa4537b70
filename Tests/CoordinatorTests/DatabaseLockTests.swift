import Foundation
import GRDB
import GovSweepProtocol
import Logging
import Testing
@testable import Coordinator

@Suite("One database, one coordinator")
struct DatabaseLockTests {
    @Test("a second open of a database in use is refused, naming the process that holds it")
    func secondOpenRefused() throws {
        let path = Harness.temporaryDirectory() + "/govsweep.db"
        let first = try SweepStore.openForServing(path: path, command: "sweep", existing: false, now: 1_700_000_000)
        #expect(DatabaseLock.state(ofDatabase: path).isHeld)
        let refused = Result { () throws(StoreError) in
            try SweepStore.openForServing(path: path, command: "resume", existing: true, now: 1_700_000_100)
        }
        guard case .failure(let error) = refused, case .inUse(let database, let holder) = error else {
            Issue.record("a second coordinator opened a database in use: \(refused)")
            return
        }
        #expect(database == path)
        #expect(holder?.pid == getpid())
        #expect(holder?.command == "sweep")
        #expect(error.description.contains("in use by `govsweep sweep` (pid \(getpid())"))
        // Nothing was written by the refused open, and the first store works on.
        #expect(try first.sweeps().isEmpty)
        first.lock?.release()
        #expect(!DatabaseLock.state(ofDatabase: path).isHeld)
        let next = try SweepStore.openForServing(path: path, command: "resume", existing: true, now: 1_700_000_200)
        #expect(next.lock?.holder.command == "resume")
    }

    @Test("looking at the lock neither creates its file nor keeps it")
    func stateIsReadOnly() throws {
        let path = Harness.temporaryDirectory() + "/govsweep.db"
        #expect(DatabaseLock.state(ofDatabase: path) == .free(nil))
        #expect(!FileManager.default.fileExists(atPath: DatabaseLock.path(forDatabase: path)))
        let lock = try DatabaseLock.acquire(database: path, command: "sweep", now: 5)
        lock.claim(sweepID: "s-1")
        guard case .held(let note) = DatabaseLock.state(ofDatabase: path) else {
            Issue.record("the lock is not seen as held")
            return
        }
        #expect(note?.holder.sweepID == "s-1")
        // The look took the lock for an instant only: it is still ours.
        #expect(throws: StoreError.self) { try DatabaseLock.acquire(database: path, command: "sweep", now: 6) }
        lock.release()
        #expect(DatabaseLock.state(ofDatabase: path).note?.holder.pid == getpid())
    }
}

@Suite("Start-up of a coordinator on an interrupted sweep")
struct EarlierLeaseTests {
    static func interruptedStore() throws -> SweepStore {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/govsweep.db")
        try store.createSweep(
            SweepRecord(id: "sweep-1", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf, allowPrivate: true),
                        options: SweepOptions()),
            sites: Harness.sites(2), columns: [:])
        // A coordinator process that is gone leased the first site to a worker that is gone too.
        try store.recordLease(sweepID: "sweep-1", siteID: Harness.sites(2)[0].id, leaseID: "gone-1", workerID: "w-gone")
        return store
    }

    static func coordinator(_ store: SweepStore, _ earlier: EarlierLeases) throws -> SweepCoordinator {
        try SweepCoordinator(
            store: store, sweep: store.sweep(nil), configuration: CoordinatorConfiguration(port: 0, token: Harness.token),
            logger: Logger(label: "test.coordinator"), clock: { Date().timeIntervalSince1970 }, leasePrefix: "new",
            earlierLeases: earlier)
    }

    @Test("void: the earlier process's leases are freed at start-up, in memory and in the database")
    func voidLeases() async throws {
        let store = try Self.interruptedStore()
        let coordinator = try Self.coordinator(store, .void)
        #expect(await coordinator.progress.leased == 0)
        #expect(await coordinator.progress.pending == 2)
        #expect(try store.sitesInProgress(sweepID: "sweep-1").isEmpty)
        // A new worker gets the formerly leased site at once (both sites share one host, so one at a time).
        var scheduler = await coordinator.scheduler
        scheduler.workerConnected("w-new", capacity: 2)
        let leases = scheduler.assign(now: Date().timeIntervalSince1970, linkCheckKeys: [])
        #expect(leases.map(\.siteID) == [Harness.sites(2)[0].id])
    }

    /// A database served by `coordinator` in the boot `boot`, whose first site is leased to a worker.
    static func servedStore(path: String, boot: String) throws {
        let store = try SweepStore.openForServing(path: path, command: "coordinator", existing: false, now: 1, bootID: boot)
        try store.createSweep(
            SweepRecord(id: "sweep-1", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf, allowPrivate: true),
                        options: SweepOptions()),
            sites: Harness.sites(2), columns: [:])
        try store.recordLease(sweepID: "sweep-1", siteID: Harness.sites(2)[0].id, leaseID: "gone-1", workerID: "w-remote")
        store.lock?.release()
    }

    @Test("honoured leases are void when the machine restarted since the database was served, kept when it did not")
    func restartVoidsLeases() async throws {
        let path = Harness.temporaryDirectory() + "/govsweep.db"
        try Self.servedStore(path: path, boot: "boot-a")
        let sameBoot = try SweepStore.openForServing(path: path, command: "coordinator", existing: true, now: 2, bootID: "boot-a")
        #expect(sameBoot.lock?.machineRestartedSincePreviousHolder == false)
        let honoured = try Self.coordinator(sameBoot, .honoured)
        #expect(await honoured.progress.leased == 1)
        sameBoot.lock?.release()

        let otherPath = Harness.temporaryDirectory() + "/govsweep.db"
        try Self.servedStore(path: otherPath, boot: "boot-a")
        let rebooted = try SweepStore.openForServing(path: otherPath, command: "coordinator", existing: true, now: 2, bootID: "boot-b")
        #expect(rebooted.lock?.machineRestartedSincePreviousHolder == true)
        let coordinator = try Self.coordinator(rebooted, .honoured)
        #expect(await coordinator.progress.leased == 0)
        #expect(await coordinator.progress.pending == 2)
        #expect(try rebooted.sitesInProgress(sweepID: "sweep-1").isEmpty)
    }

    @Test("a lock file that names no boot (an older release's, or none) counts as a restart; an unknown own boot as none")
    func unknownBoots() throws {
        let path = Harness.temporaryDirectory() + "/govsweep.db"
        let first = try DatabaseLock.acquire(database: path, command: "coordinator", now: 1, bootID: nil)
        #expect(first.machineRestartedSincePreviousHolder == false)
        first.release()
        let second = try DatabaseLock.acquire(database: path, command: "coordinator", now: 2, bootID: "boot-a")
        #expect(second.previous?.holder.bootID == nil)
        #expect(second.machineRestartedSincePreviousHolder)
        second.release()
        let third = try DatabaseLock.acquire(database: path, command: "coordinator", now: 3, bootID: "boot-a")
        #expect(third.previous?.holder.startedAt == 2)
        #expect(!third.machineRestartedSincePreviousHolder)
    }

    @Test("the store commits in WAL mode without a sync per commit")
    func synchronousNormal() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/govsweep.db")
        #expect(try store.write { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try store.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 1)
    }

    @Test("honoured: a remote worker that reconnects keeps its lease for one lease period")
    func honouredLeases() async throws {
        let store = try Self.interruptedStore()
        let coordinator = try Self.coordinator(store, .honoured)
        #expect(await coordinator.progress.leased == 1)
        #expect(try store.sitesInProgress(sweepID: "sweep-1").map(\.workerID) == ["w-gone"])
        // Its host stays busy with the lease until the lease expires: nothing goes to a new worker.
        var scheduler = await coordinator.scheduler
        scheduler.workerConnected("w-new", capacity: 2)
        #expect(scheduler.assign(now: Date().timeIntervalSince1970, linkCheckKeys: []).isEmpty)
    }
}
