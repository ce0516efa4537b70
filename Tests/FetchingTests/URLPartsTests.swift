import Fetching
import Testing

@Suite("URLParts on bytes")
struct URLPartsTests {
    @Test func splitsSchemeHostPortPathAndQuery() throws {
        let parts = try #require(URLParts("HTTPS://User:Pw@WWW.SR.gov.CN:8443/a/B.html?x=1&Y=2#frag"))
        #expect(parts.scheme == "https")
        #expect(parts.host == "www.sr.gov.cn")
        #expect(parts.port == 8443)
        #expect(parts.path == "/a/B.html")
        #expect(parts.query == "x=1&Y=2")
        #expect(parts.description == "https://www.sr.gov.cn:8443/a/B.html?x=1&Y=2")
    }

    @Test func defaultPortsAndEmptyPathsAndQueries() {
        #expect(URLParts("http://a.cn:80")?.port == nil)
        #expect(URLParts("https://a.cn:443/")?.port == nil)
        #expect(URLParts("http://a.cn:443/")?.port == 443)
        #expect(URLParts("http://a.cn:/x")?.port == nil)
        #expect(URLParts("http://a.cn:+8080/x")?.port == 8080)
        #expect(URLParts("http://a.cn?q")?.path == "/")
        #expect(URLParts("http://a.cn?q")?.query == "q")
        #expect(URLParts("http://a.cn/x?")?.query == "")
        #expect(URLParts("http://a.cn/x#y?z")?.query == nil)
    }

    @Test(arguments: ["http://a.cn:0/", "http://a.cn:65536/", "http://a.cn:-1/", "http://a.cn:8o/", "http://:80/", "http:///x",
                      "ftp://a.cn/", "mailto:a@b.cn", "a.cn/x", "httpx://a.cn/", "http:/a.cn/"])
    func refusesWhatIsNoHTTPURLWithAHost(text: String) {
        #expect(URLParts(text) == nil)
    }

    @Test func keepsIPv6HostsWholeAndReadsTheirPorts() {
        #expect(URLParts("http://[::1]/x")?.host == "[::1]")
        #expect(URLParts("http://[::1]/x")?.port == nil)
        #expect(URLParts("http://[FE80::1]:8080/x")?.host == "[fe80::1]")
        #expect(URLParts("http://[FE80::1]:8080/x")?.port == 8080)
        #expect(URLParts("http://u:p@[::1]:81")?.hostKey == "[::1]:81")
    }

    @Test func lowerCasesInternationalHostsAsUnicodeDoes() {
        #expect(URLParts("http://政府.CN/通知")?.host == "政府.cn")
        #expect(URLParts("http://ÄMTER.DE/")?.host == "ämter.de")
        #expect(URLParts("http://ÄMTER.DE/")?.origin == "http://ämter.de")
    }
}
