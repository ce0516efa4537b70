import Fetching
import Testing

@Suite("URLNormalizer, CrawlScope and TrapGuard")
struct URLNormalizerTests {
    @Test(arguments: [
        ("HTTP://WWW.SR.GOV.CN:80/a/./b/../c.html#top", nil, "http://www.sr.gov.cn/a/c.html"),
        ("https://sr.gov.cn:443", nil, "https://sr.gov.cn/"),
        ("https://sr.gov.cn:8443/x", nil, "https://sr.gov.cn:8443/x"),
        ("../202312/t20231213_1.html", "http://sr.gov.cn/col/gzdt/index.html", "http://sr.gov.cn/col/202312/t20231213_1.html"),
        ("./202312/t1.html", "http://sr.gov.cn/col/gzdt/index.html", "http://sr.gov.cn/col/gzdt/202312/t1.html"),
        ("/art/2023/12/13/art_1_2.html", "http://sr.gov.cn/col/x.html", "http://sr.gov.cn/art/2023/12/13/art_1_2.html"),
        ("//other.gov.cn/p", "https://sr.gov.cn/", "https://other.gov.cn/p"),
        ("?uid=1&pageNum=2", "http://sr.gov.cn/col/col1/index.html?uid=1", "http://sr.gov.cn/col/col1/index.html?uid=1&pageNum=2"),
        ("list.jsp?b=2&a=1", "http://sr.gov.cn/news/", "http://sr.gov.cn/news/list.jsp?b=2&a=1"),
        ("/通知 公告.html", "http://sr.gov.cn/", "http://sr.gov.cn/%E9%80%9A%E7%9F%A5%20%E5%85%AC%E5%91%8A.html"),
        ("/a%2fb%7e%41", "http://sr.gov.cn/", "http://sr.gov.cn/a%2Fb~A"),
        ("\\col\\x.html", "http://sr.gov.cn/", "http://sr.gov.cn/col/x.html"),
        ("  /a.html\n", "http://sr.gov.cn/", "http://sr.gov.cn/a.html"),
    ] as [(String, String?, String)])
    func normalises(reference: String, base: String?, expected: String) {
        #expect(URLNormalizer.normalize(reference, base: base) == expected)
    }

    @Test(arguments: ["mailto:ban@sr.gov.cn", "javascript:void(0)", "tel:0793-8888888", "ftp://sr.gov.cn/a", "data:text/html,x"])
    func refusesNonWebSchemes(reference: String) {
        #expect(URLNormalizer.normalize(reference, base: "http://sr.gov.cn/") == nil)
    }

    @Test func scopeKeepsToTheHostAndTheChannelsPrefix() throws {
        let site = try #require(CrawlScope(homepage: "http://www.sr.gov.cn/"))
        #expect(site.admit("/col/a.html", base: "http://www.sr.gov.cn/") == "http://www.sr.gov.cn/col/a.html")
        #expect(site.contains("https://sr.gov.cn/x"))
        #expect(!site.contains("http://www.other.gov.cn/x"))
        #expect(site.admit("mailto:a@sr.gov.cn", base: "http://www.sr.gov.cn/") == nil)

        let channel = try #require(CrawlScope(homepage: "http://www.jiangxi.gov.cn/col/srsrmzf/index.html"))
        #expect(channel.pathPrefix == "/col/srsrmzf/")
        #expect(channel.contains("http://www.jiangxi.gov.cn/col/srsrmzf/gzdt/index_1.html"))
        #expect(!channel.contains("http://www.jiangxi.gov.cn/col/jaszf/index.html"))
    }

    @Test func trapGuardCatchesCalendarsSessionsExplosionsLengthAndRepeats() {
        var guardian = TrapGuard()
        func check(_ url: String) -> TrapGuard.Trap? { guardian.check(url) }
        #expect(check("http://a.gov.cn/cal.jsp?date=2023-12-13") == nil)
        #expect(check("http://a.gov.cn/cal.jsp?date=2187-01-01") == .calendar(parameter: "date=2187-01-01"))
        var monthWalk: TrapGuard.Trap?
        for month in 0..<40 where monthWalk == nil {
            monthWalk = guardian.check("http://a.gov.cn/events?year=\(2020 + month / 12)&month=\(month % 12 + 1)")
        }
        #expect(monthWalk == .calendar(parameter: "year=2022&month=1"))
        #expect(check("http://a.gov.cn/a.jsp;jsessionid=ABC123") == .sessionID(parameter: "jsessionid"))
        #expect(check("http://a.gov.cn/a.php?PHPSESSID=1&id=2") == .sessionID(parameter: "phpsessid"))
        #expect(check("http://a.gov.cn/a/b/a/b/a/b") == .repeatedSegments(segment: "a"))
        let long = "http://a.gov.cn/" + String(repeating: "x", count: 1100)
        #expect(check(long) == .tooLong(length: long.count))

        var limits = TrapGuard.Limits()
        limits.maxQueriesPerPath = 3
        var small = TrapGuard(limits: limits)
        let results = (1...4).map { small.check("http://a.gov.cn/list.jsp?page=\($0)") }
        #expect(results == [nil, nil, nil, .queryExplosion(path: "/list.jsp", limit: 3)])
    }

    @Test func ordinaryPaginationIsNoTrap() {
        var guardian = TrapGuard()
        for page in 1...50 {
            let trap = guardian.check("http://a.gov.cn/col/col123/index.html?uid=4567&pageNum=\(page)")
            #expect(trap == nil)
        }
    }
}
