import GovSweepProtocol
import Testing
@testable import Worker

@Suite("Link ledger")
struct LinkLedgerTests {
    let target = "http://a.gov.cn/missing.pdf"

    @Test("a target is checked once and reported with every page that held it while it was checked")
    func checkedOnce() {
        var ledger = LinkLedger()
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/1", crawled: false) == .check(target, .attachment))
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/2", crawled: false) == .wait)
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/2", crawled: false) == .nothing)
        let report = ledger.resolved(LinkOutcome(target: target, kind: .attachment, verdict: .broken, status: 404), offSite: false)
        #expect(report?.foundOn == ["http://a.gov.cn/1", "http://a.gov.cn/2"])
        // A later page holding the known-bad target is reported on its own.
        guard case .report(let later) = ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/3", crawled: false) else {
            Issue.record("expected a report")
            return
        }
        #expect(later.foundOn == ["http://a.gov.cn/3"])
        #expect(later.status == 404)
    }

    @Test("a target held by many pages is reported with each page once, in the order found")
    func manyHolders() {
        var ledger = LinkLedger()
        let pages = (0..<40).map { "http://a.gov.cn/\($0)" }
        #expect(ledger.reference(target, kind: .attachment, from: pages[0], crawled: false) == .check(target, .attachment))
        for page in pages.dropFirst() {
            #expect(ledger.reference(target, kind: .attachment, from: page, crawled: false) == .wait)
        }
        // Pages seen again, early and late ones, add nothing.
        for page in [pages[0], pages[5], pages[20], pages[39]] {
            #expect(ledger.reference(target, kind: .attachment, from: page, crawled: false) == .nothing)
        }
        let report = ledger.resolved(LinkOutcome(target: target, kind: .attachment, verdict: .broken, status: 404), offSite: false)
        #expect(report?.foundOn == pages)
    }

    @Test("working targets are reported only when they are on another host")
    func workingTargets() {
        var ledger = LinkLedger()
        _ = ledger.reference("http://www.gov.cn/", kind: .page, from: "http://a.gov.cn/", crawled: false)
        #expect(ledger.resolved(LinkOutcome(target: "http://www.gov.cn/", kind: .page, verdict: .ok, status: 200), offSite: true) != nil)
        _ = ledger.reference("http://a.gov.cn/x", kind: .page, from: "http://a.gov.cn/", crawled: true)
        #expect(ledger.resolved(LinkOutcome(target: "http://a.gov.cn/x", kind: .page, verdict: .ok, status: 200), offSite: false) == nil)
        #expect(ledger.reference("http://www.gov.cn/", kind: .page, from: "http://a.gov.cn/y", crawled: false) == .nothing)
    }

    @Test("a failing page nobody links to is not a broken link")
    func unreferencedFailure() {
        var ledger = LinkLedger()
        #expect(ledger.resolved(LinkOutcome(target: "http://a.gov.cn/", kind: .page, verdict: .broken, error: .connect), offSite: false) == nil)
        guard case .report(let later) = ledger.reference("http://a.gov.cn/", kind: .page, from: "http://a.gov.cn/about", crawled: true) else {
            Issue.record("expected the known failure to be reported once a page links to it")
            return
        }
        #expect(later.verdict == .broken)
    }

    @Test("seeded verdicts are not checked again")
    func seeded() {
        var ledger = LinkLedger()
        ledger.seed([LinkOutcome(target: target, kind: .attachment, verdict: .ok, status: 200, foundOn: ["x"])])
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/1", crawled: false) == .nothing)
    }
}

@Suite("Link ledger across leases")
struct LinkLedgerRestoreTests {
    @Test("references restored from an earlier lease are reported with the verdict")
    func restored() {
        var ledger = LinkLedger()
        let target = "http://a.gov.cn/old.pdf"
        let needsVerdict = ledger.restore(LinkReference(target: target, kind: .attachment, foundOn: ["http://a.gov.cn/1"]))
        #expect(needsVerdict)
        #expect(ledger.isWaiting(for: target))
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/2", crawled: false) == .wait)
        let report = ledger.resolved(LinkOutcome(target: target, kind: .attachment, verdict: .broken, status: 404), offSite: false)
        #expect(report?.foundOn == ["http://a.gov.cn/1", "http://a.gov.cn/2"])
        var seeded = LinkLedger()
        seeded.seed([LinkOutcome(target: target, kind: .attachment, verdict: .broken, status: 404)])
        let seededNeedsVerdict = seeded.restore(LinkReference(target: target, kind: .attachment, foundOn: ["http://a.gov.cn/1"]))
        #expect(!seededNeedsVerdict)
    }
}

@Suite("Link ledger keeps the kind the pages gave")
struct LinkLedgerKindTests {
    let target = "http://a.gov.cn/202608/P020260828.xlsx"

    @Test("a verdict from a page fetch or a page probe is reported as the attachment the page called it")
    func attachmentStaysAttachment() {
        var ledger = LinkLedger()
        #expect(ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/col/zcwj/", crawled: false) == .check(target, .attachment))
        // The server answered with an HTML 404 page; whoever fetched it said "page".
        let report = ledger.resolved(LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404), offSite: false)
        #expect(report?.kind == .attachment)
        // Later pages get the known verdict with their own word on it, upgraded, never downgraded.
        guard case .report(let later) = ledger.reference(target, kind: .page, from: "http://a.gov.cn/2", crawled: false) else {
            Issue.record("expected a report")
            return
        }
        #expect(later.kind == .attachment)
    }

    @Test("a seeded verdict of another site's page kind is reported as this page's attachment")
    func seededVerdict() {
        var ledger = LinkLedger()
        ledger.seed([LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404)])
        guard case .report(let outcome) = ledger.reference(target, kind: .attachment, from: "http://a.gov.cn/1", crawled: false) else {
            Issue.record("expected a report")
            return
        }
        #expect(outcome.kind == .attachment)
    }
}
