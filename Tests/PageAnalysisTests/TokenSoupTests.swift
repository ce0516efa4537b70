import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Pages stitched at random from the pieces the analyzer reacts to (tags it tracks, style sheets
/// and comments, scripts that draw pagination, dates, labels, identity marks, URLs): hostile and
/// broken pages of the kinds random bytes almost never form, such as a style comment followed by
/// `*` (`/* reset */*{margin:0}`), which once trapped the CSS reader.
@Suite("Token soup")
struct TokenSoupTests {
    static let pieces: [String] = [
        "<style>", "</style>", "<style type=\"text/css\">", "/*", "*/", "*", "{", "}", ";", ":", "display:none",
        "visibility:hidden", ".x", "#y", ",", "@media", "@import", "\\", "<div class=\"x\">", "<div id=\"y\">", "</div>",
        "<a href=\"", "\">", "</a>", "<a>", "<ul>", "<li>", "</li>", "</ul>", "<script>", "</script>",
        "createPageHTML(", "5,1,\"index\",\"shtml\")", ")", "(", "'", "\"", "<", ">", "=", "&amp;", "&#", "&#x", ";",
        "更多", ">>", "2024-01-0", "2023", "-", "/", ".", "年", "月", "日", "[", "]", "发布时间：", "来源：", "<table>",
        "<tr>", "<td>", "</td>", "</tr>", "</table>", "来信时间", "答复时间", "已办结", "解读", "政策解读", "关于印发",
        "《", "》", "〔2024〕3号", "发文字号：", "/col/", "../", "./", "?id=", "#", "javascript:", "mailto:", "http://",
        "https://www.", "a.gov.cn", ".gov.cn", ".pdf", ".doc", " ", "\n", "\t", "<!--", "-->", "<![CDATA[", "]]>",
        "<meta charset=\"gbk\">", "<meta name=\"PubDate\" content=\"", "<base href=\"", "<title>", "</title>",
        "<img src=\"", "alt=\"", "索引号", "网站标识码", "3600000001", "京ICP备", "公网安备", "13800138000",
        "11010519491231002X", "<input ", "style=\"", "<iframe>", "<p>", "</p>", "<span>", "</span>", "<h3>", "</h3>",
        "<br>", "<hr/>", "\u{0}", "\u{FFFD}", "🙂", "é", "首页", "下一页", "尾页", "第", "页", "共", "条", "澳门", "博彩",
    ]

    static let urls = [
        "https://www.a.gov.cn/col/col123/index.html", "https://www.a.gov.cn/", "http://a.gov.cn/art/2024/1/8/art_1_2.html",
    ]

    /// A page of 1 to 400 pieces drawn by `random`.
    static func page(_ random: inout SplitMix64) -> String {
        let count = Int.random(in: 1...400, using: &random)
        var html = ""
        for _ in 0..<count { html += pieces.randomElement(using: &random)! }
        return html
    }

    @Test("3,000 stitched pages analyse without a trap, and the same page gives the same observation twice")
    func stitchedPages() {
        var random = SplitMix64(seed: 20_261_204)
        let asOf = CivilDate(iso: "2024-01-08")!
        for round in 0..<3_000 {
            let html = Self.page(&random)
            let input = PageInput(url: Self.urls[round % Self.urls.count], html: html, asOf: asOf, isHomepage: round % 5 == 0)
            let first = PageAnalyzer().analyze(input)
            let second = PageAnalyzer().analyze(input)
            #expect(first == second, "round \(round): \(html.prefix(300))")
        }
    }

    @Test("style comments beside a star or a slash, closed or not", arguments: [
        "<style>/* reset */*{margin:0}</style>", "<style>/**/*</style>", "<style>*/*</style>", "<style>/*/</style>",
        "<div style=\"/* a */*display:none\">x</div>", "<style>/</style>", "<style>/*</style>", "<style>*/</style>",
    ])
    func styleComments(html: String) {
        let page = PageAnalyzer().analyze(
            PageInput(url: Self.urls[0], html: html + "<a href=\"/a.html\">通知</a>", asOf: CivilDate(iso: "2024-01-08")!))
        #expect(page.links.map(\.url) == ["https://www.a.gov.cn/a.html"])
    }
}
