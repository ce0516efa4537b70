import Testing
@testable import Worker

@Suite("Which answers the crawler analyses")
struct MediaTypeTests {
    @Test(arguments: [
        ("text/html", true), ("application/xhtml+xml", true), ("text/plain", true), ("application/xml", true),
        ("text/xml", true), ("application/rss+xml", true), ("application/pdf", false), ("image/png", false),
        ("application/json", false), ("application/octet-stream", false), ("", false),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
        ("application/x-htm", false), ("application/vnd.ms-excel", false), ("ht/ml", false),
    ])
    func readsTextHTMLAndXML(mediaType: String, analysed: Bool) {
        #expect(SiteCrawler.isHTML(mediaType) == analysed)
    }

    @Test func wordSearchOnBytes() {
        #expect(SiteCrawler.contains("xxhtmhtml", "html"))
        #expect(SiteCrawler.contains("html", "html"))
        #expect(!SiteCrawler.contains("htm", "html"))
        #expect(!SiteCrawler.contains("", "xml"))
        #expect(SiteCrawler.contains("网页/xml", "xml"))
        #expect(SiteCrawler.contains("anything", ""))
    }
}
