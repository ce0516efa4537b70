import Foundation
import GRDB
import GovSweepProtocol
import Logging
import Testing
import Worker
@testable import Coordinator

@Suite("Links into other hosts are checked under those hosts' leases")
struct LinkCheckLeaseTests {
    static let sites = (1...3).map { Site(id: "361100000\($0)", name: "站点\($0)", url: "http://127.0.0.\($0):9/") }

    @Test("each target is checked once per sweep under its host's key; every site holding a broken one gets it")
    func checkedOncePerSweep() async throws {
        let harness = try await Harness.make(sites: Self.sites)
        let crawler = FakeCrawler(
            pages: 3, externalLinks: ["http://127.0.0.99:9/broken.html", "http://127.0.0.99:9/fine.html", "http://127.0.0.2:9/gone-broken.html"])
        try await harness.serving {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ["w-a", "w-b"] {
                    group.addTask {
                        try await WorkerService(
                            configuration: harness.workerConfiguration(id: id), crawler: crawler, logger: Logger(label: "test.worker")
                        ).run()
                    }
                }
                try await group.waitForAll()
            }
        }
        #expect(await harness.coordinator.isComplete)
        let checks = crawler.checks.all
        #expect(checks.map(\.target).sorted() == ["http://127.0.0.2:9/gone-broken.html", "http://127.0.0.99:9/broken.html", "http://127.0.0.99:9/fine.html"])
        #expect(checks.first { $0.target.contains(".99:") }?.key == "127.0.0.99:9")
        #expect(checks.first { $0.target.contains(".2:9/gone") }?.key == "127.0.0.2:9")
        for site in Self.sites {
            // Site 2's own reference is resolved by the same verdict: its crawl need not check it again.
            let failing = try harness.store.failingLinks(sweepID: "sweep-1", siteID: site.id)
            #expect(failing.map(\.target) == ["http://127.0.0.2:9/gone-broken.html", "http://127.0.0.99:9/broken.html"], "site \(site.id)")
            #expect(failing.allSatisfy { $0.foundOn == [site.url + "page0.html"] })
        }
        #expect(try harness.store.pendingReferences(sweepID: "sweep-1").isEmpty)
    }

    @Test("references a finished site left pending are queued again when the coordinator restarts; an unfinished site's wait for its crawl")
    func restartRequeues() async throws {
        let directory = Harness.temporaryDirectory()
        let first = try await Harness.make(sites: Self.sites, directory: directory)
        for (index, target) in ["http://127.0.0.99:9/broken.html", "http://127.0.0.98:9/later.html"].enumerated() {
            let batch = Batch(
                batchID: "w-\(index)", leaseID: "old-\(index)", siteID: Self.sites[index].id,
                references: [LinkReference(target: target, kind: .attachment, foundOn: [Self.sites[index].url + "a.html"])])
            try first.store.commit(batch, sweepID: "sweep-1", now: 0)
        }
        try first.store.completeSite(sweepID: "sweep-1", report: SiteReport(siteID: Self.sites[0].id, pagesFetched: 1))
        let restarted = try await Harness.make(sites: Self.sites, directory: directory)
        // Site 2's crawl may still settle its reference itself: it is queued when that crawl ends.
        #expect(await restarted.coordinator.snapshot.linkChecksWaiting == 1)
        #expect(await !restarted.coordinator.isComplete)
    }
}

@Suite("Store migration v3")
struct LinkReferenceMigrationTests {
    @Test("pages of pending references stored by an older release move to one row each")
    func pagesMoveToRows() throws {
        let path = Harness.temporaryDirectory() + "/old.db"
        let queue = try DatabaseQueue(path: path)
        try SweepStore.migrator.migrate(queue, upTo: "v2: link references and site notes")
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO link_refs (sweep_id, site_id, target, reference_json) VALUES (?, ?, ?, ?)",
                arguments: ["s", "site", "http://a.gov.cn/x.pdf",
                            #"{"target":"http://a.gov.cn/x.pdf","kind":"attachment","found_on":["http://b.gov.cn/2.html","http://b.gov.cn/1.html"]}"#])
        }
        try queue.close()
        let store = try SweepStore(path: path)
        let pending = try store.pendingReferences(sweepID: "s")
        #expect(pending.count == 1)
        #expect(pending.first?.siteID == "site")
        #expect(pending.first?.reference.kind == .attachment)
        #expect(pending.first?.reference.foundOn == ["http://b.gov.cn/1.html", "http://b.gov.cn/2.html"])
    }
}

@Suite("Store migration v4")
struct LinkReferenceIndexTests {
    @Test("giving a verdict to the sites that hold its target searches an index instead of reading every pending reference")
    func lookupsByTargetUseAnIndex() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/plan.db")
        let plan = try store.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SweepStore.holdersQuery, arguments: ["s", "t"])
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        // Searched by the index, and in its order: no scan of the sweep, no sort. (The pages of a
        // holder are read per site since v6: LinkVerdictHoldersTests.)
        #expect(plan == "SEARCH link_refs USING INDEX link_refs_by_target (sweep_id=? AND target=?)")
    }
}

@Suite("Store keeps the kind a site's pages gave a target")
struct LinkKindStoreTests {
    let target = "http://a.gov.cn/module/download/downfile.jsp?classid=0&filename=2603.xls"

    func storedKind(_ store: SweepStore, site: String) throws -> LinkKind? {
        let json = try store.database.read { db in
            try String.fetchOne(db, sql: "SELECT outcome_json FROM links WHERE site_id = ? AND target = ?", arguments: [site, target])
        }
        return try json.map { try SweepStore.decode(LinkOutcome.self, $0) }?.kind
    }

    @Test("a verdict checked as a page is stored as the attachment the site's pages called the target")
    func holdersKindWins() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/kind.db")
        try store.database.write { db in
            try SweepStore.mergeReference(LinkReference(target: target, kind: .page, foundOn: ["http://a.gov.cn/1.html"]), siteID: "a", sweepID: "s", db: db)
            try SweepStore.mergeReference(LinkReference(target: target, kind: .attachment, foundOn: ["http://a.gov.cn/2.html"]), siteID: "a", sweepID: "s", db: db)
            try SweepStore.mergeReference(LinkReference(target: target, kind: .page, foundOn: ["http://b.gov.cn/1.html"]), siteID: "b", sweepID: "s", db: db)
        }
        try store.recordLinkChecks([LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404)], sweepID: "s")
        #expect(try storedKind(store, site: "a") == .attachment)
        #expect(try storedKind(store, site: "b") == .page)
    }

    @Test("a later outcome of the page fetch does not turn a stored attachment into a page")
    func mergeKeepsAttachment() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/merge.db")
        try store.database.write { db in
            try SweepStore.mergeLink(LinkOutcome(target: target, kind: .attachment, verdict: .broken, status: 404, foundOn: ["http://a.gov.cn/1.html"]), siteID: "a", sweepID: "s", db: db)
            try SweepStore.mergeLink(LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404, foundOn: ["http://a.gov.cn/2.html"]), siteID: "a", sweepID: "s", db: db)
        }
        #expect(try storedKind(store, site: "a") == .attachment)
    }
}
