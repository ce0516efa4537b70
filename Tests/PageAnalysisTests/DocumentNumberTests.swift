import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Policy documents: the 文号 a document's page states under a label")
struct DocumentNumberTests {
    @Test("a labelled number is read across blanks, spaced labels and table cells; an unlabelled one or a malformed one is not")
    func labelled() {
        #expect(DocumentNumberReader.number(in: "发文字号：\n吉政明电〔2022〕1号\n发布日期") == "吉政明电〔2022〕1号")
        #expect(DocumentNumberReader.number(in: "文　　号：\n赣府办函〔2024〕12号") == "赣府办函〔2024〕12号")
        #expect(DocumentNumberReader.number(in: "索引号\n001/2024-1\n文号\n饶府任[2024]3号\n") == "饶府任[2024]3号")
        #expect(DocumentNumberReader.number(in: "根据《国务院办公厅关于…的通知》（国办发〔2019〕19号）") == nil)
        #expect(DocumentNumberReader.number(in: "文号：\n无") == nil)
        #expect(DocumentNumberReader.number(in: "文号：赣府发〔24〕3号") == nil)
        #expect(DocumentNumberReader.number(in: "文号：赣府发〔2024〕号") == nil)
        #expect(DocumentNumberReader.number(in: "文号：赣府发〔2024〕3") == nil)
        #expect(DocumentNumberReader.number(in: "") == nil)
    }

    @Test("an article's page carries its number to the report; a list page does not")
    func analysed() {
        let article = Fixtures.analyze(html: """
            <html><head><title>关于印发《上饶市优化营商环境若干措施》的通知</title></head><body>
            <div class="crumb">当前位置：首页 &gt; 政策文件</div>
            <table class="xxgk"><tr><th>索引号：</th><td>014000/2024-00012</td><th>发文字号：</th><td>饶府发〔2024〕5号</td></tr>
            <tr><th>发布日期：</th><td>2024-03-05</td></tr></table>
            <div class="content"><h1>关于印发《上饶市优化营商环境若干措施》的通知</h1><p>各县（市、区）人民政府：现将《上饶市优化营商环境若干措施》印发给你们，请认真贯彻执行。根据《国务院办公厅关于…的通知》（国办发〔2019〕19号）……</p></div>
            </body></html>
            """, url: "https://www.zgsr.gov.cn/col/zcwj/202403/t20240305_12.html")
        #expect(article.kind == .article)
        #expect(article.documentNumber == "饶府发〔2024〕5号")
    }

    /// Labels read from the pages' source: jl-xxgk and zy-moe state 发文字号 beside the value;
    /// zy-nfra's 文　　号 cell is empty (filled by script); sc-gov-reply shows 川卫函〔2025〕46号 with no
    /// label; xj-wlmq quotes 新人社发〔2021〕29号 in its body; sh-wsjkw puts 文件编号 in a table's
    /// header row, away from its value (not read: a known gap, the title still tells the kind).
    @Test("real pages: the number under 发文字号 is read; an empty label, an unlabelled or quoted number is not")
    func realPages() throws {
        let corpus = RealPageCorpusTests()
        var numbers: [String: String] = [:]
        for page in RealPageCorpusTests.pages {
            if let number = try corpus.observe(page).documentNumber { numbers[page.file] = number }
        }
        #expect(numbers == ["jl-xxgk-article.html": "吉政明电〔2022〕1号", "zy-moe-notice-article.html": "教思政厅函〔2024〕10号"])
    }
}
