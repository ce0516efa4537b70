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

    private func mayHoldLabel(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { DocumentNumberReader.mayHoldLabel(utf8: $0) }
    }

    @Test("the byte check rules out texts whose 号 follows no 文, 字 or 编, and keeps every text a label can match in")
    func byteCheck() {
        #expect(mayHoldLabel(Array("发文字号：吉政明电〔2022〕1号".utf8)))
        #expect(mayHoldLabel(Array("文　　号：赣府办函〔2024〕12号".utf8)))
        #expect(mayHoldLabel(Array("文件编 \n\u{00A0}\u{2003}号".utf8)))
        #expect(mayHoldLabel(Array("文\u{3000}\t号".utf8)))
        #expect(!mayHoldLabel(Array("京ICP备05070082号 京公网安备11010202000001号".utf8)))
        #expect(!mayHoldLabel(Array("索引号 001/2024 文 x号".utf8)))
        #expect(!mayHoldLabel(Array("号".utf8)))
        #expect(!mayHoldLabel(Array(" \u{3000}号".utf8)))
        #expect(!mayHoldLabel([]))
        // Bytes that are not one valid scalar before 号: left to the decoding path.
        #expect(mayHoldLabel([0x80] + Array("号".utf8)))
        #expect(mayHoldLabel(Array("文".utf8) + [0x87] + Array("号".utf8)))
        // The check never rules out a text the reader finds a number in.
        for text in ["发文字号：\n吉政明电〔2022〕1号\n发布日期", "文　　号：\n赣府办函〔2024〕12号", "索引号\n001/2024-1\n文号\n饶府任[2024]3号\n",
                     "文件编号\u{2028}：\u{00A0}沪卫〔2023〕7号"] {
            #expect(DocumentNumberReader.number(in: text) != nil)
            #expect(mayHoldLabel(Array(text.utf8)))
            #expect(DocumentNumberReader.number(inUTF8: Array(text.utf8)) == DocumentNumberReader.number(in: text))
        }
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
