import Foundation
import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("The store keeps consultation-column messages")
struct MessageStoreTests {
    @Test("messages of a page report survive commit and read back; a page without any reads back without")
    func roundTrip() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let site = Harness.sites(1)[0]
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: [site], columns: [:])
        let message = BoardMessage(
            url: "http://a/hdjl/xj_1.html", title: "关于路灯损坏的反映", asked: CivilDate(iso: "2023-12-01"),
            replied: CivilDate(iso: "2023-12-03"), status: .answered, replyHash: "0123456789abcdef", replyLength: 42)
        var list = PageReport(url: "http://a/hdjl/index.html", role: .column)
        list.messages = [message]
        let plain = PageReport(url: "http://a/", role: .homepage)
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: site.id, pages: [list, plain], links: [], frontier: []),
                         sweepID: "s", now: 1)
        let pages = try store.pages(sweepID: "s", siteID: site.id)
        #expect(pages.first { $0.url == list.url }?.messages == [message])
        #expect(pages.first { $0.url == plain.url }?.messages == nil)
    }
}
