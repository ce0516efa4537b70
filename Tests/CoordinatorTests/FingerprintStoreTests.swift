@testable import Coordinator
import Foundation
import GovSweepProtocol
import Rules
import Testing

@Suite("The store hands the copied-content check every fingerprinted page")
struct FingerprintStoreTests {
    @Test("thousands of articles read back in site and address order, across the chunks decoded in parallel")
    func manyArticlesInOrder() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let sites = Harness.sites(3)
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: sites, columns: [:])
        // More articles than one chunk of rows (SweepStore.signatureChunk), each signature telling its article apart.
        let perSite = SweepStore.signatureChunk / 2 + 7
        var expected: [(site: String, url: String, first: UInt32)] = []
        for (number, site) in sites.enumerated().reversed() {
            var pages: [PageReport] = []
            for index in 0..<perSite {
                let first = UInt32(number * 100_000 + index)
                var article = PageReport(url: "http://\(site.id)/gzdt/\(index).html", status: 200, role: .article, kind: .article,
                                         published: CivilDate(iso: "2023-12-01"))
                article.body = BodySignature(minHashes: [first] + (1..<UInt32(BodySignature.size)).map { $0 }, length: 180)
                pages.append(article)
                expected.append((site.id, article.url, first))
            }
            pages.append(PageReport(url: "http://\(site.id)/gzdt/index.html", role: .column))
            try store.commit(Batch(batchID: "w-\(number)", leaseID: "l\(number)", siteID: site.id, pages: pages, links: [], frontier: []),
                             sweepID: "s", now: 1)
        }
        expected.sort { ($0.site, $0.url) < ($1.site, $1.url) }
        let articles = try store.signedArticles(sweepID: "s", sites: sites)
        #expect(articles.count == expected.count)
        #expect(articles.map(\.siteID) == expected.map(\.site))
        #expect(articles.map(\.url) == expected.map(\.url))
        #expect(articles.map { $0.signature.minHashes.first } == expected.map(\.first), "each article keeps its own signature")
    }

    @Test("the copied-content check reads signed articles row by row: fetched fine, with the site's name and unit")
    func signedArticles() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let sites = Harness.sites(2)
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: sites, columns: [:])
        let signature = BodySignature(minHashes: (0..<UInt32(BodySignature.size)).map { $0 }, length: 180, source: "本网")
        var article = PageReport(url: "http://b/gzdt/1.html", status: 200, role: .article, kind: .article, published: CivilDate(iso: "2023-12-01"))
        article.body = signature
        article.title = "关于开展检查的通知"
        var failed = PageReport(url: "http://b/gzdt/2.html", status: 404, role: .article, kind: .article, published: CivilDate(iso: "2023-12-02"))
        failed.body = signature
        let list = PageReport(url: "http://b/gzdt/index.html", role: .column)
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: sites[1].id, pages: [article, failed, list], links: [], frontier: []),
                         sweepID: "s", now: 1)
        let articles = try store.signedArticles(sweepID: "s", sites: sites)
        #expect(articles.map(\.url) == [article.url], "a page that failed is no article; a list has no signature")
        #expect(articles.first?.siteID == sites[1].id)
        #expect(articles.first?.siteName == sites[1].name)
        #expect(articles.first?.published == CivilDate(iso: "2023-12-01"))
        #expect(articles.first?.signature == signature)
        #expect(try store.signedArticles(sweepID: "s", sites: [sites[0]]).isEmpty, "only the sites asked for")
    }
}
