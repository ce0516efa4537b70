import Foundation
import GRDB
import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("Pending links listed per page")
struct PendingLinksPerPageTests {
    static let site = Harness.sites(1)[0]
    let pdf = "http://a.gov.cn/x.pdf"
    let gov = "https://www.gov.cn/"

    static func store() throws -> SweepStore {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: [site], columns: [:])
        return store
    }

    func pageRows(_ store: SweepStore) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page_link_refs") ?? -1 }
    }

    @Test("a batch writes one row per page however many pending targets it holds; the pages come back per target")
    func oneRowPerPage() throws {
        let store = try Self.store()
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: Self.site.id, references: [
            LinkReference(target: gov, kind: .page, foundOn: ["http://b/2.html", "http://b/1.html"]),
            LinkReference(target: pdf, kind: .attachment, foundOn: ["http://b/1.html"]),
        ]), sweepID: "s", now: 1)
        // A later batch adds a page to a target, and a target to a page.
        try store.commit(Batch(batchID: "w-2", leaseID: "l", siteID: Self.site.id, references: [
            LinkReference(target: gov, kind: .page, foundOn: ["http://b/3.html"]),
            LinkReference(target: pdf, kind: .page, foundOn: ["http://b/2.html"]),
        ]), sweepID: "s", now: 2)
        #expect(try pageRows(store) == 3)
        let pending = try store.pendingReferences(sweepID: "s").map(\.reference)
        #expect(pending == [
            LinkReference(target: gov, kind: .page, foundOn: ["http://b/1.html", "http://b/2.html", "http://b/3.html"]),
            LinkReference(target: pdf, kind: .attachment, foundOn: ["http://b/1.html", "http://b/2.html"]),
        ].sorted { $0.target < $1.target })
    }

    @Test("a failing verdict names the pages holding its target; the rows go once nothing is pending")
    func failingVerdictPages() throws {
        let store = try Self.store()
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: Self.site.id, references: [
            LinkReference(target: gov, kind: .page, foundOn: ["http://b/1.html", "http://b/2.html"]),
            LinkReference(target: pdf, kind: .attachment, foundOn: ["http://b/2.html"]),
        ]), sweepID: "s", now: 1)
        try store.recordLinkChecks([LinkOutcome(target: pdf, kind: .page, verdict: .broken, status: 404)], sweepID: "s")
        #expect(try store.failingLinks(sweepID: "s", siteID: Self.site.id).map(\.foundOn) == [["http://b/2.html"]])
        #expect(try pageRows(store) == 2, "the pages of the target still pending stay")
        try store.recordLinkChecks([LinkOutcome(target: gov, kind: .page, verdict: .ok, status: 200)], sweepID: "s")
        #expect(try store.pendingReferences(sweepID: "s").isEmpty)
        #expect(try pageRows(store) == 0)
    }
}

@Suite("Store migration v6")
struct PendingLinksMigrationTests {
    @Test("a database of the previous release, one row per page and target, resumes with the same pending pages")
    func previousReleaseResumes() throws {
        let path = Harness.temporaryDirectory() + "/old.db"
        let site = Harness.sites(1)[0]
        let queue = try DatabaseQueue(path: path)
        try SweepStore.migrator.migrate(queue, upTo: "v5: shared verdicts by site count")
        try queue.write { db in
            // What the previous release wrote: the (site, target) rows and a row per page and target.
            for (target, kind) in [("http://a.gov.cn/x.pdf", "attachment"), ("https://www.gov.cn/", "page")] {
                try db.execute(
                    sql: "INSERT INTO link_refs (sweep_id, site_id, target, reference_json) VALUES (?, ?, ?, ?)",
                    arguments: ["s", site.id, target, #"{"found_on":[],"kind":"\#(kind)","target":"\#(target)"}"#])
            }
            for (target, page) in [("http://a.gov.cn/x.pdf", "http://b/2.html"), ("https://www.gov.cn/", "http://b/2.html"),
                                   ("https://www.gov.cn/", "http://b/1.html")] {
                try db.execute(
                    sql: "INSERT INTO link_ref_pages (sweep_id, site_id, target, page) VALUES (?, ?, ?, ?)",
                    arguments: ["s", site.id, target, page])
            }
        }
        try queue.close()
        let store = try SweepStore(path: path)
        let pending = try store.pendingReferences(sweepID: "s")
        #expect(pending.map(\.reference) == [
            LinkReference(target: "http://a.gov.cn/x.pdf", kind: .attachment, foundOn: ["http://b/2.html"]),
            LinkReference(target: "https://www.gov.cn/", kind: .page, foundOn: ["http://b/1.html", "http://b/2.html"]),
        ])
        #expect(try store.resumeState(sweepID: "s", siteID: site.id).pendingLinks == pending.map(\.reference))
        try store.recordLinkChecks([LinkOutcome(target: "https://www.gov.cn/", kind: .page, verdict: .broken, status: 404)], sweepID: "s")
        #expect(try store.failingLinks(sweepID: "s", siteID: site.id).map(\.foundOn) == [["http://b/1.html", "http://b/2.html"]])
        let tables = try store.database.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(!tables.contains("link_ref_pages"))
    }
}
