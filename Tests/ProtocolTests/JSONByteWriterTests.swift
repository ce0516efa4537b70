import Foundation
import Testing
@testable import GovSweepProtocol

/// ``JSONByteWriter`` must write exactly what the protocol's `JSONEncoder` writes: the
/// coordinator stores each page as the text its worker sent (docs/protocol.md, "Pages stored as sent").
@Suite("The batch writer writes what JSONEncoder writes")
struct JSONByteWriterTests {
    /// `JSONEncoder` with the protocol's settings.
    static func encoded(_ value: some Encodable) throws -> String {
        String(decoding: try MessageCoder.encoder.encode(value), as: UTF8.self)
    }

    /// Every control character, DEL, quotes, backslashes, slashes, line and paragraph separators,
    /// a lone combining mark, non-BMP characters (emoji, a CJK extension B ideograph) and U+FFFD.
    static let awkward: String = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        + "\u{7F}\"quoted\" back\\slash a/b </script> \u{2028}\u{2029} \u{301}e 😀𠀀 \u{FFFD} 赣ICP备05004019号"

    static let samples: [String] = ["", " ", "\"", "\\", "/", "\u{0}", "\u{1F}", "\u{7F}", "😀", awkward, String(repeating: "长", count: 5000)]

    @Test("strings", arguments: samples)
    func strings(_ value: String) throws {
        var writer = JSONByteWriter()
        writer.string(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try Self.encoded(value)))
    }

    @Test("integers", arguments: [0, 1, -1, 9, 10, 404, 99_999, Int(Int32.max) + 1, Int.max, Int.min])
    func integers(_ value: Int) throws {
        var writer = JSONByteWriter()
        writer.int(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try Self.encoded(value)))
    }

    @Test("dates, also outside four-digit years", arguments: [
        CivilDate(year: 1, month: 1, day: 1)!, CivilDate(year: 999, month: 12, day: 31)!, CivilDate(year: 2024, month: 2, day: 29)!,
        CivilDate(year: 9999, month: 12, day: 31)!, CivilDate(daysSinceEpoch: 3_000_000), CivilDate(daysSinceEpoch: -800_000),
    ])
    func dates(_ value: CivilDate) throws {
        var writer = JSONByteWriter()
        writer.date(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try Self.encoded(value)))
    }

    /// MinHash signatures of 0, 1, 2, 3 and 128 values: every base64 padding.
    @Test("body signatures", arguments: [0, 1, 2, 3, 128])
    func signatures(_ count: Int) throws {
        for source in [nil, "新华社\n\"来源\""] {
            let signature = BodySignature(minHashes: (0..<UInt32(count)).map { $0 &* 2_654_435_761 | 0x8000_0001 }, length: count * 7, source: source)
            #expect(JSONByteWriter.text(signature) == (try Self.encoded(signature)))
        }
    }

    @Test("every page sample", arguments: WriterSamples.pages.indices)
    func pages(_ index: Int) throws {
        let page = WriterSamples.pages[index]
        #expect(JSONByteWriter.text(page) == (try Self.encoded(page)))
    }

    @Test("every other value a batch holds")
    func batchValues() throws {
        let batch = WriterSamples.batch
        for outcome in batch.links { #expect(JSONByteWriter.text(outcome) == (try Self.encoded(outcome))) }
        for entry in batch.frontier { #expect(JSONByteWriter.text(entry) == (try Self.encoded(entry))) }
        for reference in batch.references { #expect(JSONByteWriter.text(reference) == (try Self.encoded(reference))) }
        for notes in [batch.notes, SiteNotes(), SiteNotes(cap: CrawlCap(reason: .urlLength, limit: 2048))] {
            #expect(JSONByteWriter.text(notes) == (try Self.encoded(notes)))
        }
        #expect(JSONByteWriter.text(batch) == (try Self.encoded(batch)))
    }

    @Test("a batch message is the encoder's text and decodes to the same batch", arguments: [WriterSamples.batch, Batch(batchID: "w-2", leaseID: "l", siteID: "s")])
    func batchMessage(_ batch: Batch) throws {
        let bytes = try MessageCoder().encode(.batch(batch))
        #expect(String(decoding: bytes, as: UTF8.self) == (try Self.encoded(Message.batch(batch))))
        guard case .batch(let decoded) = try MessageCoder().decode(bytes) else {
            Issue.record("the frame did not decode as a batch")
            return
        }
        #expect(decoded == batch)
        #expect(decoded.pageTexts == (batch.pages.isEmpty ? nil : try batch.pages.map { try Self.encoded($0) }))
    }

    @Test("an ack message is the encoder's text and decodes to the same ack", arguments: ["w-1-7", "", "site_done:l-\"1\"/\u{1}", "批次😀"])
    func ackMessage(_ batchID: String) throws {
        let ack = BatchAck(batchID: batchID)
        let bytes = try MessageCoder().encode(.ack(ack))
        #expect(String(decoding: bytes, as: UTF8.self) == (try Self.encoded(Message.ack(ack))))
        #expect(JSONByteWriter.text(ack) == (try Self.encoded(ack)))
        #expect(try MessageCoder().decode(bytes) == .ack(ack))
    }
}

/// Values with every field of a batch set, left out or empty, and text JSON must escape.
enum WriterSamples {
    static let column = ColumnRef(name: "工作\"动态\"/\\", url: "http://www.example.gov.cn/col/gzdt/", category: .interpretation, source: .inventory)

    static let full: PageReport = {
        var page = PageReport(
            url: "http://www.example.gov.cn/art/2024/1/12/art_1_2.html?a=1&b=\"2\"", finalURL: "https://www.example.gov.cn/art/2.html",
            status: 200, error: .blockedByPolicy, role: .pagination, kind: .columnList, title: JSONByteWriterTests.awkward,
            column: column,
            items: [
                DatedItem(url: "http://www.example.gov.cn/a.html", title: "条目 </script>\t", date: CivilDate(year: 2024, month: 1, day: 12)),
                DatedItem(url: nil, title: "", date: nil),
            ],
            published: CivilDate(year: 1, month: 1, day: 1),
            identity: IdentityMarks(siteIDCode: "3611000003", icp: "赣ICP备05004019号", psbRecord: "赣公网安备 36010202000123号",
                                    conacBadge: true, errorReportEntry: false),
            hits: [ContentHit(kind: .mobileNumbers, evidence: "138****5678", extra: nil, count: Int.max),
                   ContentHit(kind: .seriousTypo, evidence: "\u{0}\u{1F}", extra: "正确\u{8}\u{C}", count: 0)],
            depth: Int.min, truncated: "nesting deeper than 512\r\n")
        page.messages = [
            BoardMessage(url: "http://www.example.gov.cn/hdjl/1.html", title: "来信😀", asked: CivilDate(year: 2023, month: 12, day: 1),
                         replied: CivilDate(year: 9999, month: 12, day: 31), status: .inProgress, replyHash: "0123456789abcdef", replyLength: 0),
            BoardMessage(url: nil, title: "", asked: nil),
        ]
        page.body = BodySignature(minHashes: (0..<UInt32(BodySignature.size)).map { $0 &* 2_654_435_761 }, length: 1234, source: "新华社")
        page.policyLinks = PolicyLinks(interpretations: ["http://www.example.gov.cn/jd/1.html", ""], documents: [])
        page.documentNumber = "赣府办函〔2024〕12号"
        return page
    }()

    /// Every optional present but empty where it can be.
    static let empty: PageReport = {
        var page = PageReport(url: "", finalURL: "", status: 0, role: .other, title: "", items: [], identity: IdentityMarks(), hits: [], truncated: "")
        page.messages = []
        page.body = BodySignature(minHashes: [], length: 0, source: "")
        page.policyLinks = PolicyLinks()
        page.documentNumber = ""
        return page
    }()

    static let pages: [PageReport] = [
        full, empty,
        PageReport(url: "http://www.example.gov.cn/", role: .homepage),
        PageReport(url: "http://www.example.gov.cn/x", error: .timeout, role: .article, kind: .article, depth: 99_999),
    ]

    static let batch = Batch(
        batchID: "w-1-\"7\"", leaseID: "l-1", siteID: "3611000003", pages: pages,
        links: [
            LinkOutcome(target: "http://www.example.gov.cn/a.pdf", kind: .attachment, verdict: .broken, status: 404,
                        error: .tooManyRedirects, note: "soft 404: \"页面不存在\"", foundOn: ["http://www.example.gov.cn/", "😀"]),
            LinkOutcome(target: "http://www.example.gov.cn/b", kind: .iframe, verdict: .ok),
        ],
        frontier: [
            FrontierEntry(url: "http://www.example.gov.cn/col/gzdt/index_1.html", role: .pagination, depth: 2, column: column),
            FrontierEntry(url: "http://www.example.gov.cn/a\u{1}.html", role: .article, depth: 0),
        ],
        references: [LinkReference(target: "http://other.example/y.pdf", kind: .image, foundOn: []),
                     LinkReference(target: "http://other.example/z", kind: .page, foundOn: ["http://www.example.gov.cn/a.html"])],
        resolved: ["http://www.example.gov.cn/about.html", ""],
        notes: SiteNotes(cap: CrawlCap(reason: .trap, limit: 0, example: "http://www.example.gov.cn/cal?date=2099-01-01"),
                         robotsBlocked: ["http://www.example.gov.cn/private/"], tlsError: "certificate has expired\n"))
}
