import Testing
@testable import PageAnalysis

/// ``Pagination/holdsTotalRecordKey(_:)`` searches sixteen positions at a time for the pair a key
/// holds; it must answer as a plain search of the folded bytes does, at every offset and in every
/// case, and a page it rules out must be one Hanweb paging gives nothing for.
@Suite("Hanweb paging gate")
struct HanwebGateTests {
    /// The oracle: the bytes with their ASCII letters lower-cased, searched position by position.
    private static func bySearching(_ bytes: [UInt8]) -> Bool {
        let folded = bytes.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        let key = Array("totalrecord".utf8)
        guard folded.count >= key.count else { return false }
        return (0...(folded.count - key.count)).contains { Array(folded[$0..<($0 + key.count)]) == key }
    }

    private static let keys = ["totalRecord", "TOTALRECORD", "totalrecord", "totalrecorD", "totaLRecord", "totalRecor",
                               "otalRecord", "total record", "tota\u{4C}r", "tot\u{C0}lRecord", "totalℝecord"]

    @Test("the block search finds what a byte-by-byte search finds, key at every offset, text of every length")
    func offsets() {
        var found = 0
        for key in Self.keys {
            for before in 0..<40 {
                for after in [0, 1, 5, 16, 17, 33] {
                    let text = Array(String(repeating: "lr=Lr;", count: before / 6).utf8).prefix(before)
                        + Array(key.utf8) + Array(repeating: UInt8(ascii: "L"), count: after)
                    let bytes = Array(text)
                    let expected = Self.bySearching(bytes)
                    #expect(bytes.withUnsafeBufferPointer(Pagination.holdsTotalRecordKey) == expected, "\(key) \(before) \(after)")
                    if expected { found += 1 }
                }
            }
        }
        #expect(found > 0)
    }

    @Test("texts without the key: empty, short, and the pair alone")
    func without() {
        for text in ["", "lr", "totalrecor", "var lrx = 1; LR = 2; ", String(repeating: "tLRx", count: 40), "页数totalrecor"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(Pagination.holdsTotalRecordKey) == false, "\(text)")
        }
    }

    @Test("islands are searched as their UTF-8, scripts as they are")
    func islandsAndScripts() {
        let script = Array("var totalRecord = 45; var perPage = 15;".utf8)
        #expect(Pagination.mayHoldHanwebTotal(islands: ["<datastore><totalrecord>45</totalrecord></datastore>"], scripts: []))
        #expect(Pagination.mayHoldHanwebTotal(islands: [], scripts: [Array("x".utf8), script]))
        #expect(!Pagination.mayHoldHanwebTotal(islands: ["<perpage>15</perpage>"], scripts: [Array("perPage=15".utf8)]))
    }

    @Test("texts the gate rules out give no Hanweb pages; texts it lets through may", arguments: [
        (["perPage: 15, uid=7"], false), (["totalRecord: 45, perPage: 15, uid=7"], true),
        (["TOTALRECORD=45 PERPAGE=15"], true), (["totalRecord=3", "perpage=1"], true), (["pageCount=9 perPage=3"], false),
    ])
    func ruledOut(texts: [String], holds: Bool) throws {
        let page = try #require(URLResolver(base: "https://www.example.gov.cn/col/col1/index.html"))
        let bytes = texts.map { Array($0.utf8) }
        #expect(Pagination.mayHoldHanwebTotal(islands: [], scripts: bytes) == holds)
        let pages = Pagination.hanwebPages(in: bytes, page: page, limit: 10)
        if !holds { #expect(pages.isEmpty) } else { #expect(!pages.isEmpty) }
    }
}
