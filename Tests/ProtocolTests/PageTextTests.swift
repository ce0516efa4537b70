import Foundation
import Testing
@testable import GovSweepProtocol

@Suite("Each page of a batch keeps the text it arrived as")
struct PageTextTests {
    let coder = MessageCoder()

    func slices(_ json: String, member: String = "pages") -> [String]? {
        let bytes = Array(json.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            JSONArrayScanner.elementRanges(ofMember: member, in: buffer)?.map {
                String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self)
            }
        }
    }

    @Test("the elements of the top-level member, whatever their strings and nesting hold")
    func elementsFound() {
        let json = #"""
            { "type" : "batch", "nested": {"pages": [9]}, "text": "pages\"]}[{", "n": -1.5e3, "t": true,
              "pages" : [ {"url":"a","items":[{"t":"]},\\"}]} , "x\u0022", [1,[2]], null, 12 ] , "after": 1 }
            """#
        #expect(slices(json) == [#"{"url":"a","items":[{"t":"]},\\"}]}"#, #""x\u0022""#, "[1,[2]]", "null", "12"])
        #expect(slices(#"{"pages":[]}"#) == [])
        #expect(slices(#"{"a":{"b":[1]},"pages":[{}]}"#) == ["{}"])
    }

    @Test("no range when the member is absent, not an array, or the text is cut or not an object")
    func refusals() {
        #expect(slices(#"{"other":[1]}"#) == nil)
        #expect(slices(#"{"nested":{"pages":[1]}}"#) == nil)
        #expect(slices(#"{"pages":{"a":1}}"#) == nil)
        #expect(slices(#"{"pages":[{"a":1}"#) == nil)
        #expect(slices(#"{"pages":[{"a":"1}]}"#) == nil)
        #expect(slices(#"[{"pages":[1]}]"#) == nil)
        #expect(slices(#"{"pag\u0065s":[1]}"#) == nil)
        #expect(slices("") == nil)
    }

    @Test("a decoded batch holds each page's text, which decodes to that page")
    func decodedBatchTexts() throws {
        guard case .batch(let sent) = MessageSamples.all.first(where: { $0.kind == .batch }) else {
            Issue.record("no batch sample")
            return
        }
        var batch = sent
        var second = MessageSamples.page
        second.url = "http://www.zgsr.gov.cn/a.html"
        second.title = "含 \"引号\"、反斜杠 \\ 和 [括号] {花括号} 的标题\n"
        batch.pages.append(second)
        guard case .batch(let received) = try coder.decode(try coder.encode(.batch(batch))) else {
            Issue.record("the batch did not come back as a batch")
            return
        }
        let texts = try #require(received.pageTexts)
        #expect(texts.count == 2)
        for (text, page) in zip(texts, batch.pages) {
            #expect(try JSONDecoder().decode(PageReport.self, from: Data(text.utf8)) == page)
            #expect(Array(text.utf8) == Array(try MessageCoder.encoder.encode(page)), "the page's own encoding")
        }
        #expect(received == batch, "equality is the wire fields'")
    }

    @Test("a batch without pages, and every other message, carries no page texts")
    func noTexts() throws {
        let empty = Batch(batchID: "w-1", leaseID: "l", siteID: "s")
        guard case .batch(let received) = try coder.decode(try coder.encode(.batch(empty))) else {
            Issue.record("the batch did not come back as a batch")
            return
        }
        #expect(received.pageTexts == nil)
    }

    /// `Batch`'s equality and hash list its fields by hand (to leave `pageTexts` out): a field
    /// added to the type must be added there too.
    @Test("batch equality covers every stored field but the page texts")
    func equalityCoversFields() {
        let fields = Set(Mirror(reflecting: Batch(batchID: "b", leaseID: "l", siteID: "s")).children.compactMap(\.label))
        #expect(fields == ["batchID", "leaseID", "siteID", "pages", "links", "frontier", "references", "resolved", "notes", "pageTexts"])
        var texts = Batch(batchID: "b", leaseID: "l", siteID: "s")
        texts.pageTexts = ["{}"]
        #expect(texts == Batch(batchID: "b", leaseID: "l", siteID: "s"))
        #expect(Batch(batchID: "b", leaseID: "l", siteID: "s", resolved: ["x"]) != Batch(batchID: "b", leaseID: "l", siteID: "s"))
    }
}
