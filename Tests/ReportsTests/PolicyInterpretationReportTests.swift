import Foundation
import GovSweepProtocol
@testable import Reports
import Rules
import Testing

@Suite("Policy interpretation figures in report.html, the circular and sites.csv")
struct PolicyInterpretationReportTests {
    static var summary: SweepSummary {
        var summary = SampleSweep.summary
        let yiyang = summary.verdicts.firstIndex { $0.site.id == SampleSweep.yiyang.id }!
        summary.verdicts[yiyang].policy = PolicySummary(
            url: "https://www.zgyy.gov.cn/col/zcwj/index.html", documents: 8, interpreted: 6, notLinkedBack: 1,
            interpretationColumn: "https://www.zgyy.gov.cn/col/zcjd/index.html")
        summary.verdicts[yiyang].findings += [
            SampleSweep.finding(SampleSweep.yiyang.id, .policyNotInterpreted, .deduct, "https://www.zgyy.gov.cn/col/zcwj/202312/t1.html",
                                category: .policy, points: 0.5, detail: "政策文件未见解读。"),
            SampleSweep.finding(SampleSweep.yiyang.id, .policyNotInterpreted, .deduct, "https://www.zgyy.gov.cn/col/zcwj/202311/t2.html",
                                category: .policy, points: 0.5, detail: "政策文件未见解读。"),
        ]
        let shangrao = summary.verdicts.firstIndex { $0.site.id == SampleSweep.shangrao.id }!
        summary.verdicts[shangrao].policy = PolicySummary(
            url: "https://www.zgsr.gov.cn/col/zcwj/index.html", documents: 4, interpreted: 4, notLinkedBack: 0, interpretationColumn: nil)
        return summary
    }

    @Test("report.html shows per site the documents, the interpreted ones, the share, the unlinked and the column, and how many sites fall short")
    func html() {
        let html = HTMLReport.render(Self.summary)
        let section = html.components(separatedBy: "<section id=\"policy\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        #expect(section.contains("政策文件解读情况（2个网站，2个存在未解读或未相互关联）"))
        #expect(section.contains("<td>弋阳县人民政府</td><td class=\"num\">8</td><td class=\"num\">6</td><td class=\"num\">75%</td><td class=\"num\">2</td><td class=\"num\">1</td><td>有</td>"))
        #expect(section.contains("<td class=\"num\">4</td><td class=\"num\">4</td><td class=\"num\">100%</td><td class=\"num\">0</td><td class=\"num\">0</td><td>未开设</td>"))
        #expect(!HTMLReport.render(SampleSweep.summary).contains("id=\"policy\""))
    }

    @Test("the circular gains the 政策文件解读情况 attachment after the existing ones, only when a policy column was read")
    func circular() throws {
        let markdown = CircularDocument.sweep(Self.summary).markdown()
        let attachment = try #require(markdown.components(separatedBy: "政策文件解读情况").dropFirst().first)
        #expect(attachment.contains("75%"))
        #expect(attachment.contains("未开设"))
        #expect(!CircularDocument.sweep(SampleSweep.summary).markdown().contains("政策文件解读情况"))
    }

    @Test("sites.csv counts the findings of each policy check in a column of its own")
    func sitesCSV() throws {
        let table = SitesTable(Self.summary)
        for check in [CheckID.policyNotInterpreted, .interpretationNotLinked, .interpretationColumnMissing] {
            #expect(table.header.contains(ReportText.checkName(check)))
        }
        let column = try #require(table.header.firstIndex(of: ReportText.checkName(.policyNotInterpreted)))
        let row = try #require(table.rows.first { $0.first == .text(SampleSweep.yiyang.id) })
        #expect(row[column] == .number(2))
    }

    @Test("the three tables share one builder: a table without rows draws no section and no attachment")
    func emptyTable() {
        let table = ReportTable(header: ["a", "b"], rows: [], widths: [1, 1], numeric: [1])
        #expect(table.htmlSection(id: "x", heading: "X").isEmpty)
        #expect(table.circularTable == nil)
        let full = ReportTable(header: ["a", "b"], rows: [["<1>", "https://a.gov.cn/?x=1&y=2"]], styles: [1: .link], widths: [1, 1], numeric: [])
        #expect(full.htmlSection(id: "x", heading: "X").contains("<td>&lt;1&gt;</td><td><a href=\"https://a.gov.cn/?x=1&amp;y=2\">"))
    }
}
