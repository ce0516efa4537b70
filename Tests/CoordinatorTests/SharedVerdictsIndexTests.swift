import GRDB
import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Store migration v5")
struct SharedVerdictsIndexTests {
    @Test("a lease reads the most shared verdicts from an index, without reading and sorting every verdict")
    func sharedVerdictsUseAnIndex() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/shared.db")
        let plan = try store.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SweepStore.sharedVerdictsQuery, arguments: ["s", 5])
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan == "SEARCH verdicts USING INDEX verdicts_by_sites (sweep_id=? AND sites>?)")
    }

    @Test("the most shared verdicts come first, up to the limit, and a site's own outcomes win")
    func mostSharedFirst() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/order.db")
        try store.database.write { db in
            for (index, sites) in [3, 9, 1, 5, 2].enumerated() {
                let outcome = LinkOutcome(target: "http://t\(index).gov.cn/", kind: .page, verdict: .ok, status: 200)
                try db.execute(
                    sql: "INSERT INTO verdicts (sweep_id, target, outcome_json, sites) VALUES (?, ?, ?, ?)",
                    arguments: ["s", outcome.target, try SweepStore.json(outcome), sites])
            }
        }
        let state = try store.resumeState(sweepID: "s", siteID: "none", sharedVerdictLimit: 3)
        #expect(state.knownLinks.map(\.target) == ["http://t1.gov.cn/", "http://t3.gov.cn/", "http://t0.gov.cn/"])
    }
}
