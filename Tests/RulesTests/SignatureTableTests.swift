import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Signature table: a sweep's signatures in blocks, each article a compact entry")
struct SignatureTableTests {
    static func signature(_ seed: UInt32, source: String? = nil) -> BodySignature {
        CopiedContentTests.signature(seed, length: 200 + Int(seed % 50), source: source)
    }

    static func owner(_ n: Int) -> SignatureTable.Owner {
        SignatureTable.Owner(id: "36\(n)", name: "站点\(n)门户网站", unit: n.isMultiple(of: 2) ? "单位\(n)" : nil)
    }

    @Test("every article reads back as it was added, across block boundaries, with owners and sources kept once each")
    func readsBack() {
        let count = 2 * SignatureTable.articlesPerBlock + 17
        var table = SignatureTable()
        var added: [SignedArticle] = []
        for i in 0..<count {
            let owner = Self.owner(i % 7)
            let article = SignedArticle(
                siteID: owner.id, siteName: owner.name, siteUnit: owner.unit, url: "http://s\(i % 7).gov.cn/art/\(i).html",
                published: i % 5 == 0 ? nil : CivilDate(year: 2020 + i % 4, month: 1 + i % 12, day: 1 + i % 28),
                signature: Self.signature(UInt32(i), source: i % 3 == 0 ? "来源\(i % 4)" : nil))
            table.append(article)
            added.append(article)
        }
        #expect(table.count == count)
        #expect(table.blocks.count == 3)
        #expect((0..<count).map { table[$0] } == added)
        #expect(table.owners.count == 7)
        #expect(table.sources.count == 4)
    }

    @Test("a signature of another size is left out; a page is taken only when it is a fingerprinted article fetched fine")
    func leavesOut() {
        var table = SignatureTable()
        table.append(owner: Self.owner(1), url: "http://a/1", published: nil, signature: BodySignature(minHashes: [1, 2, 3], length: 300))
        #expect(table.count == 0)
        var page = PageReport(url: "http://a/2", status: 200, role: .article, published: CivilDate(year: 2023, month: 5, day: 6))
        table.append(owner: Self.owner(1), page: page)
        #expect(table.count == 0, "no body")
        page.body = Self.signature(9)
        var failed = page
        failed.status = 404
        table.append(owner: Self.owner(1), page: failed)
        #expect(table.count == 0, "answered 404")
        table.append(owner: Self.owner(1), page: page)
        #expect(table.count == 1)
        #expect(table[0].url == "http://a/2")
        #expect(table[0].signature == Self.signature(9))
    }

    @Test("addresses order as Swift orders the strings, ASCII or not (canonically equal forms compare equal)")
    func addressOrder() {
        let urls = [
            "http://a.gov.cn/b", "http://a.gov.cn/a", "http://a.gov.cn/", "http://a.gov.cn/ab", "http://a.gov.cn/通知.html",
            "http://a.gov.cn/caf\u{E9}", "http://a.gov.cn/cafe\u{301}", "http://a.gov.cn/cafe", "http://a.gov.cn/Z", "http://a.gov.cn/公告",
        ]
        var table = SignatureTable()
        for url in urls { table.append(owner: Self.owner(1), url: url, published: nil, signature: Self.signature(1)) }
        for a in urls.indices {
            for b in urls.indices {
                #expect(table.urlPrecedes(a, b) == (urls[a] < urls[b]), "\(urls[a]) against \(urls[b])")
            }
        }
    }

    @Test("equal values count as the signatures' similarity does; packed dates order and read back as the dates")
    func valuesAndDates() {
        var table = SignatureTable()
        let signatures = [Self.signature(3), CopiedContentTests.signature(3, changed: 10), CopiedContentTests.signature(3, changed: 127), Self.signature(4)]
        for (i, signature) in signatures.enumerated() {
            table.append(owner: Self.owner(i), url: "http://x/\(i)", published: nil, signature: signature)
        }
        for a in signatures.indices {
            for b in signatures.indices {
                #expect(Double(table.equalValues(a, b)) / Double(BodySignature.size) == signatures[a].similarity(to: signatures[b]))
                for needed in [0, 1, 64, 116, 118, 127, 128, 129] {
                    #expect(table.sharesAtLeast(a, b, needed) == (table.equalValues(a, b) >= needed), "\(a), \(b) at \(needed)")
                }
            }
        }
        #expect(CopiedContentJudgement(rules: .builtIn).equalValuesNeeded == 116, "0.9 of 128 values is 115.2")
        let dates = [CivilDate(year: 2023, month: 12, day: 31)!, CivilDate(year: 2024, month: 1, day: 1)!,
                     CivilDate(year: 2024, month: 2, day: 29)!, CivilDate(year: 1, month: 1, day: 1)!, CivilDate(year: 9999, month: 12, day: 31)!]
        for date in dates { #expect(SignatureTable.unpacked(SignatureTable.packed(date)) == date) }
        for a in dates {
            for b in dates { #expect((SignatureTable.packed(a) < SignatureTable.packed(b)) == (a < b)) }
        }
        #expect(SignatureTable.unpacked(0) == nil)
    }
}
