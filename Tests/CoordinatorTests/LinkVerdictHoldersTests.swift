import GRDB
import GovSweepProtocol
import Testing
@testable import Coordinator

/// A target on every page of thousands of sites (a platform's footer badge) gets its verdict
/// without the store reading every page that holds it.
@Suite("Store gives a checked target's verdict to the sites that hold it")
struct LinkVerdictHoldersTests {
    let target = "http://services.gov.cn/image/red.png"

    func store(_ name: String) throws -> SweepStore {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/\(name).db")
        try store.database.write { db in
            for site in ["a", "b"] {
                let pages = (1...3).map { "http://\(site).gov.cn/\($0).html" }
                try SweepStore.mergeReferences([LinkReference(target: target, kind: .image, foundOn: pages)], siteID: site, sweepID: "s", db: db)
            }
        }
        return store
    }

    func stored(_ store: SweepStore, site: String) throws -> LinkOutcome? {
        let json = try store.database.read { db in
            try String.fetchOne(db, sql: "SELECT outcome_json FROM links WHERE site_id = ? AND target = ?", arguments: [site, target])
        }
        return try json.map { try SweepStore.decode(LinkOutcome.self, $0) }
    }

    @Test("a failing verdict names each holder's own pages; the references are resolved")
    func failingNamesPages() throws {
        let store = try store("failing")
        try store.recordLinkChecks([LinkOutcome(target: target, kind: .image, verdict: .broken, status: 404)], sweepID: "s")
        #expect(try stored(store, site: "a")?.foundOn == ["http://a.gov.cn/1.html", "http://a.gov.cn/2.html", "http://a.gov.cn/3.html"])
        #expect(try stored(store, site: "b")?.foundOn == ["http://b.gov.cn/1.html", "http://b.gov.cn/2.html", "http://b.gov.cn/3.html"])
        #expect(try stored(store, site: "b")?.verdict == .broken)
        #expect(try store.pendingTargets(sweepID: "s").isEmpty)
        #expect(try store.pendingReferences(sweepID: "s").isEmpty)
    }

    @Test("a working verdict reaches every holder, kept without pages")
    func workingWithoutPages() throws {
        let store = try store("working")
        try store.recordLinkChecks([LinkOutcome(target: target, kind: .image, verdict: .ok, status: 200)], sweepID: "s")
        for site in ["a", "b"] {
            #expect(try stored(store, site: site)?.verdict == .ok)
            #expect(try stored(store, site: site)?.foundOn == [])
        }
        #expect(try store.pendingTargets(sweepID: "s").isEmpty)
    }

    @Test("pending targets come without their pages, by site")
    func pendingTargetsWithoutPages() throws {
        let store = try store("pending")
        let all = try store.pendingTargets(sweepID: "s")
        #expect(all.map(\.siteID) == ["a", "b"])
        #expect(all.allSatisfy { $0.reference.target == target && $0.reference.kind == .image && $0.reference.foundOn.isEmpty })
        #expect(try store.pendingTargets(sweepID: "s", siteID: "b").map(\.siteID) == ["b"])
    }

    @Test("the holders and their pages are searched by index, not by reading the sweep")
    func holderQueriesUseIndexes() throws {
        let store = try store("plan")
        let plans = try store.database.read { db in
            try [(SweepStore.holdersQuery, ["s", "t"]), (SweepStore.holderPagesQuery, ["s", "a", "\nt\n"])].map { sql, arguments in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments))
                    .map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(plans[0] == "SEARCH link_refs USING INDEX link_refs_by_target (sweep_id=? AND target=?)")
        #expect(plans[1] == "SEARCH page_link_refs USING PRIMARY KEY (sweep_id=? AND site_id=?)", "one site's page rows")
        #expect(!plans[1].contains("TEMP B-TREE"))
    }
}
