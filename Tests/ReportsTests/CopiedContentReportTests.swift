import Foundation
import GovSweepProtocol
@testable import Reports
import Rules
import Testing

@Suite("Copied articles in report.html and the circular")
struct CopiedContentReportTests {
    static let copy = CopiedArticle(
        siteID: SampleSweep.yiyang.id, url: "https://www.zgyy.gov.cn/art/2024/1/5/art_7.html", published: CivilDate(iso: "2024-01-05")!,
        originalSiteID: SampleSweep.shangrao.id, originalSiteName: SampleSweep.shangrao.name,
        originalURL: "https://www.zgsr.gov.cn/art/2023/12/20/art_3.html", originalPublished: CivilDate(iso: "2023-12-20")!, similarity: 0.961)

    static var summary: SweepSummary {
        var summary = SampleSweep.summary
        let index = summary.verdicts.firstIndex { $0.site.id == SampleSweep.yiyang.id }!
        summary.verdicts[index].copiedArticles = [copy]
        return summary
    }

    @Test("report.html lists each copy with its original, both dates and the similarity")
    func html() {
        let html = HTMLReport.render(Self.summary)
        let section = html.components(separatedBy: "<section id=\"copied\">").dropFirst().first ?? ""
        #expect(section.contains("疑似抄袭文章（1篇）"))
        for text in [Self.copy.url, Self.copy.originalURL, "2024-01-05", "2023-12-20", "96%", SampleSweep.shangrao.name] {
            #expect(section.contains(text), "\(text) missing")
        }
        #expect(!HTMLReport.render(SampleSweep.summary).contains("id=\"copied\""))
    }

    @Test("the circular gains an attachment for copies after the existing ones")
    func circular() {
        let markdown = CircularDocument.sweep(Self.summary).markdown()
        #expect(markdown.contains("疑似抄袭文章情况"))
        #expect(markdown.contains(Self.copy.originalURL))
        #expect(!CircularDocument.sweep(SampleSweep.summary).markdown().contains("疑似抄袭文章情况"))
    }
}
