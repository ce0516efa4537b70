import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory recheck selection")
struct InventoryRecheckTests {
    let inventory = [
        Site(id: "3611000003", name: "上饶市人民政府", url: "https://www.zgsr.gov.cn/"),
        Site(id: "3611230001", name: "上饶市广丰区人民政府", url: "http://www.gf.gov.cn/"),
        Site(id: "3611240002", name: "玉山县人民政府", url: "http://www.zgys.gov.cn/"),
        Site(id: "3611810001", name: "德兴市人民政府", url: "http://www.dxs.gov.cn/"),
    ]

    private func finding(_ site: String, _ check: CheckID, _ severity: Severity) -> Finding {
        Finding(siteID: site, check: check, severity: severity, url: "http://x.gov.cn/", detail: "测试")
    }

    @Test("sites with scored or warning findings come back, in inventory order; notices alone do not")
    func selection() {
        let findings = [
            finding("3611810001", .linkBroken, .deduct),
            finding("3611000003", .homepageStale, .veto),
            finding("3611240002", .linkBlocked, .notice),
            finding("3611230001", .columnStale, .warning),
            finding("3699990001", .siteUnreachable, .veto),
        ]
        let selection = RecheckSelection.select(from: inventory, findings: findings)
        #expect(selection.sites.map(\.id) == ["3611000003", "3611230001", "3611810001"])
        #expect(selection.missingSiteIDs == ["3699990001"])
    }

    @Test("the severities can be narrowed to vetoes")
    func vetoesOnly() {
        let findings = [finding("3611810001", .linkBroken, .deduct), finding("3611000003", .spamInjection, .veto)]
        let selection = RecheckSelection.select(from: inventory, findings: findings, severities: [.veto])
        #expect(selection.sites.map(\.id) == ["3611000003"])
        #expect(selection.missingSiteIDs.isEmpty)
    }

    @Test("`failed` takes only the named sites, in inventory order, naming those the inventory lacks")
    func failedOnly() {
        let selection = RecheckSelection.select(from: inventory, siteIDs: ["3611810001", "3611000003", "3699990001"])
        #expect(selection.sites.map(\.id) == ["3611000003", "3611810001"])
        #expect(selection.missingSiteIDs == ["3699990001"])
        #expect(RecheckSelection.Scope(rawValue: "failed") == .failed)
        #expect(RecheckSelection.Scope(rawValue: "any") == nil)
    }
}
