import Foundation
import GRDB
import GovSweepProtocol
import NIOCore
import Testing
@testable import Coordinator

/// The coordinator stores each page of a batch as the text its worker sent (docs/protocol.md,
/// "Pages stored as sent"). These tests catch drift between that text and what the coordinator
/// itself would write for the page.
@Suite("Pages are stored as their worker sent them")
struct StoredPageTextTests {
    /// A page with every field set, and text that JSON must escape.
    static let article: PageReport = {
        var page = PageReport(
            url: "http://www.example.gov.cn/art/2024/1/12/art_1_2.html?a=1&b=\"2\"", finalURL: "https://www.example.gov.cn/art/2.html",
            status: 200, error: .tooLarge, role: .article, kind: .article, title: "关于\"路灯\"的答复\\通知\n\t第2号 😀 \u{2028}",
            column: ColumnRef(name: "工作动态", url: "http://www.example.gov.cn/col/gzdt/", category: .news, source: .inventory),
            items: [
                DatedItem(url: "http://www.example.gov.cn/a.html", title: "条目 </script>", date: CivilDate(year: 2024, month: 1, day: 12)),
                DatedItem(url: nil, title: "无日期", date: nil),
            ],
            published: CivilDate(year: 2024, month: 1, day: 12),
            identity: IdentityMarks(siteIDCode: "3611000003", icp: "赣ICP备05004019号", psbRecord: "赣公网安备 36010202000123号",
                                    conacBadge: true, errorReportEntry: true),
            hits: [ContentHit(kind: .residentID, evidence: "3*************1", extra: nil, count: 3),
                   ContentHit(kind: .spam, evidence: "博彩", extra: "http://bet.example/?q=1", count: 1)],
            depth: 3, truncated: "nesting deeper than 512")
        page.messages = [BoardMessage(
            url: "http://www.example.gov.cn/hdjl/1.html", title: "来信", asked: CivilDate(year: 2023, month: 12, day: 1),
            replied: CivilDate(year: 2023, month: 12, day: 3), status: .answered, replyHash: "0123456789abcdef", replyLength: 42)]
        page.body = BodySignature(minHashes: (0..<UInt32(BodySignature.size)).map { $0 &* 2_654_435_761 }, length: 1234, source: "新华社")
        page.policyLinks = PolicyLinks(interpretations: ["http://www.example.gov.cn/jd/1.html"], documents: ["http://www.example.gov.cn/wj/1.html"])
        page.documentNumber = "赣府办函〔2024〕12号"
        return page
    }()

    static let pages = [article, PageReport(url: "http://www.example.gov.cn/", status: 404, role: .homepage)]

    /// The batch as the coordinator receives it: framed by the worker's encoder, unframed and
    /// decoded as the coordinator's channel does.
    static func received(_ batch: Batch) throws -> Batch {
        var buffer = ByteBufferAllocator().buffer(capacity: 0)
        try MessageFrameEncoder().encode(data: .batch(batch), out: &buffer)
        let frame = try #require(try FrameDecoder().nextFrame(from: &buffer))
        guard case .batch(let received) = try MessageCoder().decode(frame.readableBytesView) else {
            throw StoreError.failed("the frame did not decode as a batch")
        }
        return received
    }

    static func store() throws -> (SweepStore, Site) {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let site = Harness.sites(1)[0]
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: [site], columns: [:])
        return (store, site)
    }

    static func storedTexts(_ store: SweepStore) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: "SELECT report_json FROM pages ORDER BY url") }
    }

    @Test("the worker's text of each page is what the coordinator would write for it, and reads back as the page")
    func workerTextIsCoordinatorText() throws {
        let received = try Self.received(Batch(batchID: "w-1", leaseID: "l", siteID: "x", pages: Self.pages))
        let texts = try #require(received.pageTexts)
        #expect(texts == (try Self.pages.map { try SweepStore.json($0) }))
        for (text, page) in zip(texts, Self.pages) {
            #expect(try SweepStore.decode(PageReport.self, text) == page)
        }
    }

    @Test("a received batch and the same batch made in memory store the same rows, which read back as the pages")
    func storedRowsAgree() throws {
        let (sent, site) = try Self.store()
        try sent.commit(try Self.received(Batch(batchID: "w-1", leaseID: "l", siteID: site.id, pages: Self.pages)), sweepID: "s", now: 1)
        let (encoded, _) = try Self.store()
        try encoded.commit(Batch(batchID: "w-1", leaseID: "l", siteID: site.id, pages: Self.pages), sweepID: "s", now: 1)
        #expect(try Self.storedTexts(sent) == Self.storedTexts(encoded))
        #expect(try sent.pages(sweepID: "s", siteID: site.id) == Self.pages.sorted { $0.url < $1.url })
    }

    @Test("page texts that do not match the pages in number are not used")
    func mismatchedTextsIgnored() throws {
        let (store, site) = try Self.store()
        var batch = Batch(batchID: "w-1", leaseID: "l", siteID: site.id, pages: Self.pages)
        batch.pageTexts = ["{}"]
        try store.commit(batch, sweepID: "s", now: 1)
        #expect(try store.pages(sweepID: "s", siteID: site.id) == Self.pages.sorted { $0.url < $1.url })
    }
}
