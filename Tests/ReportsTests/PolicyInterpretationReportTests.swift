import GovSweepProtocol
import Testing
@testable import Reports
import Rules

@Suite("Policy interpretation figures in report.html and the circular")
struct PolicyInterpretationReportTests {
    static var summary: SweepSummary {
        var summary = SampleSweep.summary
        let index = summary.verdicts.firstIndex { $0.site.id == SampleSweep.yiyang.id }!
        summary.verdicts[index].policy = PolicySummary(
            url: "https://www.zgyy.gov.cn/col/zcwj/index.html", documents: 8, interpreted: 6, notLinkedBack: 1, interpretationColumn: nil)
        return summary
    }

    @Test("report.html shows documents, interpreted, the share, unlinked interpretations and the column")
    func html() {
        let html = HTMLReport.render(Self.summary)
        let section = html.components(separatedBy: "<section id=\"policy\">").dropFirst().first ?? ""
        #expect(section.contains("政策文件解读情况（1个网站）"))
        #expect(section.contains("<td class=\"num\">8</td><td class=\"num\">6</td><td class=\"num\">75%</td><td class=\"num\">1</td><td>未开设</td>"))
        #expect(!HTMLReport.render(SampleSweep.summary).contains("id=\"policy\""))
    }

    @Test("the circular gains the 政策文件解读情况 attachment")
    func circular() {
        #expect(CircularDocument.sweep(Self.summary).markdown().contains("政策文件解读情况"))
        #expect(!CircularDocument.sweep(SampleSweep.summary).markdown().contains("政策文件解读情况"))
    }
}
