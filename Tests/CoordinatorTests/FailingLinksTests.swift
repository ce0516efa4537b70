import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("A site's failing links read back without its working ones")
struct FailingLinksTests {
    @Test("every outcome that is not ok comes back in target order, also one whose address and note hold the text of an ok verdict")
    func onlyFailing() throws {
        let store = try PendingLinksPerPageTests.store()
        let site = PendingLinksPerPageTests.site
        let tricky = "http://b/\"verdict\":\"ok\".html"
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: site.id, links: [
            LinkOutcome(target: "http://b/1.html", kind: .page, verdict: .ok, status: 200),
            LinkOutcome(target: "http://b/2.pdf", kind: .attachment, verdict: .broken, status: 404, foundOn: ["http://b/"]),
            LinkOutcome(target: tricky, kind: .page, verdict: .broken, status: 500, note: "\"verdict\":\"ok\"", foundOn: ["http://b/"]),
            LinkOutcome(target: "http://c/", kind: .page, verdict: .blocked, status: 403, foundOn: ["http://b/"]),
            LinkOutcome(target: "http://b/3.html", kind: .page, verdict: .ok, status: 200),
        ]), sweepID: "s", now: 1)
        let failing = try store.failingLinks(sweepID: "s", siteID: site.id)
        #expect(failing.map(\.target) == ["http://b/2.pdf", tricky, "http://c/"].sorted())
        #expect(failing.first { $0.target == tricky }?.note == "\"verdict\":\"ok\"")
    }
}
