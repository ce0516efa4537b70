import Foundation
import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("The store hands the copied-content check every fingerprinted page")
struct FingerprintStoreTests {
    @Test("pages with a body fingerprint read back by site; pages without are left out")
    func fingerprinted() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        let sites = Harness.sites(2)
        try store.createSweep(
            SweepRecord(id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions()),
            sites: sites, columns: [:])
        let signature = BodySignature(minHashes: (0..<UInt32(BodySignature.size)).map { $0 }, length: 180, source: "新华社")
        var article = PageReport(url: "http://a/gzdt/1.html", role: .article, kind: .article, published: CivilDate(iso: "2023-12-01"))
        article.body = signature
        let list = PageReport(url: "http://a/gzdt/index.html", role: .column)
        try store.commit(Batch(batchID: "w-1", leaseID: "l", siteID: sites[0].id, pages: [article, list], links: [], frontier: []),
                         sweepID: "s", now: 1)
        let pages = try store.fingerprintedPages(sweepID: "s")
        #expect(pages.keys.sorted() == [sites[0].id])
        #expect(pages[sites[0].id]?.map(\.url) == [article.url])
        #expect(pages[sites[0].id]?.first?.body == signature)
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
