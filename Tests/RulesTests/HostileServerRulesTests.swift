import GovSweepProtocol
import Testing
@testable import Rules

/// Servers that answer too much, answer badly, or sit where the address policy does not allow:
/// each is named for what it is, and none is called unreachable.
@Suite("Hostile servers")
struct HostileServerRulesTests {
    static let home = Evidence.home

    static func failedHomepage(_ error: NetworkErrorKind, status: Int? = nil) -> SiteEvidence {
        let report = SiteReport(siteID: Evidence.site.id, pagesFetched: 1, probes: [
            HomepageProbe(at: 1, ok: false, status: status, error: error), HomepageProbe(at: 2, ok: false, status: status, error: error),
        ])
        return Evidence.evidence([PageReport(url: home, status: status, error: error, role: .homepage)], report: report)
    }

    @Test("a homepage that is too large, answers badly or is refused by policy is a notice, not unreachable",
          arguments: [NetworkErrorKind.tooLarge, .badResponse, .blockedByPolicy])
    func homepageStopped(_ error: NetworkErrorKind) {
        let verdict = Evidence.judge(Self.failedHomepage(error))
        #expect(verdict.findings(.siteUnreachable).isEmpty)
        #expect(verdict.vetoes.isEmpty)
        let stopped = verdict.findings(.crawlCapped)
        #expect(stopped.map(\.error) == [error])
        #expect(stopped.map(\.severity) == [.notice])
        #expect(stopped.first?.points == 0)
        // The homepage's content was not seen, so nothing is said about its identity marks.
        #expect(verdict.findings(.missingSiteIDCode).isEmpty)
    }

    @Test("each of the three says what happened in its detail")
    func distinctDetails() {
        let details = [NetworkErrorKind.tooLarge, .badResponse, .blockedByPolicy].compactMap {
            Evidence.judge(Self.failedHomepage($0)).findings(.crawlCapped).first?.detail
        }
        #expect(Set(details).count == 3)
        #expect(details[0].contains("大小上限"))
        #expect(details[1].contains("HTTP"))
        #expect(details[2].contains("安全策略"))
    }

    @Test("reachability failures among them still count: every probe timing out stays a veto")
    func mixedProbes() {
        let report = SiteReport(siteID: Evidence.site.id, pagesFetched: 1, probes: [
            HomepageProbe(at: 1, ok: false, error: .timeout), HomepageProbe(at: 2, ok: false, error: .timeout),
        ])
        let verdict = Evidence.judge(Evidence.evidence([PageReport(url: Self.home, error: .timeout, role: .homepage)], report: report))
        #expect(verdict.vetoes == [.siteUnreachable])
    }

    @Test("a link into a refused network is a link_blocked notice; a bad answer is a broken link with its status")
    func links() {
        let page = "\(Self.home)a.html"
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], links: [
            LinkOutcome(target: "http://10.213.0.9/", kind: .page, verdict: .broken, error: .blockedByPolicy, foundOn: [page]),
            LinkOutcome(target: "https://a.example/file", kind: .page, verdict: .broken, status: 302, error: .badResponse, foundOn: [page]),
            LinkOutcome(target: "https://a.example/garbage", kind: .page, verdict: .broken, error: .badResponse, foundOn: [page]),
        ]))
        let blocked = verdict.findings(.linkBlocked)
        #expect(blocked.map(\.target) == ["http://10.213.0.9/"])
        #expect(blocked.first?.error == .blockedByPolicy)
        #expect(blocked.first?.detail.contains("安全策略") == true)
        let broken = verdict.findings(.linkBroken).sorted { ($0.target ?? "") < ($1.target ?? "") }
        #expect(broken.map(\.error) == [.badResponse, .badResponse])
        #expect(broken.map(\.status) == [302, nil])
        #expect(broken.allSatisfy { !$0.detail.contains("页面不存在") })
    }
}
