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

    /// Every optional field present but empty, every string one JSON must escape or carry as is
    /// (control characters, quotes, backslashes, slashes, non-BMP characters), extreme integers
    /// and dates at both ends of four-digit years.
    static let awkward: PageReport = {
        let text = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self) + "\u{7F}\"q\" \\ / 😀𠀀 \u{2029}"
        var page = PageReport(
            url: "http://www.example.gov.cn/\u{1}\"a\"", finalURL: "", status: Int.max, error: .blockedByPolicy, role: .pagination,
            kind: .columnList, title: text, column: ColumnRef(name: text, url: "", category: .personnel, source: .discovered),
            items: [DatedItem(url: nil, title: "", date: CivilDate(year: 1, month: 1, day: 1)),
                    DatedItem(url: text, title: text, date: CivilDate(year: 9999, month: 12, day: 31))],
            published: nil, identity: IdentityMarks(), hits: [ContentHit(kind: .seriousTypo, evidence: text, extra: "", count: Int.min)],
            depth: -1, truncated: "")
        page.messages = [BoardMessage(url: nil, title: "", asked: nil), BoardMessage(
            url: "", title: text, asked: CivilDate(year: 2024, month: 2, day: 29), replied: nil, status: .unanswered, replyHash: "", replyLength: 0)]
        page.body = BodySignature(minHashes: [UInt32.max, 0], length: 0, source: "")
        page.policyLinks = PolicyLinks()
        page.documentNumber = ""
        return page
    }()

    /// A page with every optional field absent and an empty `messages`.
    static let bare: PageReport = {
        var page = PageReport(url: "http://www.example.gov.cn/bare", role: .other)
        page.messages = []
        return page
    }()

    static let pages = [article, awkward, bare, PageReport(url: "http://www.example.gov.cn/", status: 404, role: .homepage)]

    /// What `JSONEncoder` with the protocol's settings writes for `value`.
    static func encoderText(_ value: some Encodable) throws -> String {
        String(decoding: try SweepStore.encoder.encode(value), as: UTF8.self)
    }

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
        #expect(texts == (try Self.pages.map { try Self.encoderText($0) }))
        #expect(texts == Self.pages.map { SweepStore.json($0) })
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

    @Test("the frame the worker sends is what JSONEncoder writes for the message")
    func frameIsEncoderText() throws {
        let batch = Batch(
            batchID: "w-\"1\"", leaseID: "l", siteID: "x", pages: Self.pages,
            links: [LinkOutcome(target: "http://a/\u{1F}", kind: .attachment, verdict: .blocked, status: 999, error: .reset,
                                note: "\"x\"\n", foundOn: ["http://a/", "😀"])],
            frontier: [FrontierEntry(url: "http://a/b", role: .column, depth: 1, column: Self.article.column)],
            references: [LinkReference(target: "http://b/", kind: .iframe, foundOn: [])], resolved: ["http://c/"],
            notes: SiteNotes(cap: CrawlCap(reason: .urlLength, limit: 2048, example: "http://a/\\"), robotsBlocked: [], tlsError: nil))
        let frame = try MessageCoder().encode(.batch(batch))
        #expect(String(decoding: frame, as: UTF8.self) == (try Self.encoderText(Message.batch(batch))))
        #expect(try Self.received(batch) == batch)
        for entry in batch.frontier { #expect(SweepStore.json(entry) == (try Self.encoderText(entry))) }
        for outcome in batch.links { #expect(SweepStore.json(outcome) == (try Self.encoderText(outcome))) }
        for reference in batch.references { #expect(SweepStore.json(reference) == (try Self.encoderText(reference))) }
        #expect(SweepStore.json(batch.notes) == (try Self.encoderText(batch.notes)))
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
