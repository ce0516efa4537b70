import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("URL dates: segments read in place")
struct URLDateSegmentTests {
    @Test("dates in URL paths, ASCII and not", arguments: [
        ("https://a.gov.cn/col/gzdt/202401/t20240106_44546.html", "2024-01-06"),
        ("https://a.gov.cn/art/2023/12/13/art_1_2.html", "2023-12-13"),
        ("https://a.gov.cn/2023-12/13/x.html", "2023-12-13"),
        ("https://a.gov.cn/2023-12-13/x.html", "2023-12-13"),
        ("https://a.gov.cn/20231213/x.html", "2023-12-13"),
        ("https://a.gov.cn/栏目/20231213/x.html", "2023-12-13"),
        ("https://a.gov.cn/202312/x.html", nil),
        ("https://a.gov.cn", nil),
        ("t20240106_1.html", nil),
        ("/t20240106_1.html", "2024-01-06"),
    ])
    func urlDate(url: String, expected: String?) {
        #expect(DateParsing.date(inURL: url)?.description == expected)
    }
}
