import Foundation
import GovSweepProtocol
import Testing
@testable import Reports
import Rules

/// Compares each report with its golden file in Tests/Fixtures/reports/.
/// `GOVSWEEP_UPDATE_GOLDEN=1 swift test --filter ReportsTests` rewrites them (then review the diff).
@Suite("Reports: golden files, CSV format, escaping")
struct ReportGoldenTests {
    static let update = ProcessInfo.processInfo.environment["GOVSWEEP_UPDATE_GOLDEN"] == "1"

    func checkGolden(_ name: String, _ actual: String) throws {
        let path = SampleSweep.fixturePath(name)
        if Self.update {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        }
        let expected = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(actual == expected, "\(name) differs from \(path); rerun with GOVSWEEP_UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test("each report matches its golden file", arguments: ["sites.csv", "report.html", "circular.md"])
    func golden(_ name: String) throws {
        try checkGolden(name, ReportWriter.render(SampleSweep.summary)[name]!)
    }

    @Test("the sweep comparison text matches its golden file")
    func diffGolden() throws {
        let before = SampleSweep.verdicts
        var after = SampleSweep.verdicts
        after[1].findings.removeAll { $0.check == .linkBroken }
        after[1].findings.append(SampleSweep.finding(
            SampleSweep.yiyang.id, .imageBroken, .deduct, SampleSweep.yiyang.url, target: "https://www.zgyy.gov.cn/a.png",
            status: 404, points: 0.2, detail: "图片无法打开（HTTP 404）。"))
        after.removeLast()
        let diff = SweepDiff.compare(
            before: before, after: after,
            beforeArticles: ["https://www.zgyy.gov.cn/art/1.html": CivilDate(iso: "2023-12-01")!,
                             "https://www.zgyy.gov.cn/art/2.html": CivilDate(iso: "2023-12-02")!],
            afterArticles: ["https://www.zgyy.gov.cn/art/1.html": CivilDate(iso: "2024-01-10")!,
                            "https://www.zgyy.gov.cn/art/2.html": CivilDate(iso: "2023-12-02")!])
        let yiyang = try #require(diff.sites.first { $0.site.id == SampleSweep.yiyang.id })
        #expect(yiyang.fixed.map(\.check) == [.linkBroken])
        #expect(yiyang.new.map(\.check) == [.imageBroken])
        #expect(yiyang.stillPresent.count == 4)
        #expect(diff.sites.first { $0.site.id == SampleSweep.tricky.id }?.rechecked == false)
        #expect(diff.changedArticles.map(\.url) == ["https://www.zgyy.gov.cn/art/1.html"])
        try checkGolden("diff.txt", diff.renderText())
    }

    @Test("sites.csv starts with the UTF-8 BOM, quotes per RFC 4180 and ends lines with CRLF")
    func csvFormat() throws {
        let csv = ReportWriter.render(SampleSweep.summary)["sites.csv"]!
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 7)
        #expect(lines.last == "")
        #expect(lines[0].hasPrefix("网站标识码,网站名称,主办单位,所属地方,级别,得分,是否合格,单项否决,存在的突出问题,站点无法访问,首页2周未更新,"))
        #expect(lines[0].hasSuffix(",检查批次,规则,规则哈希"))
        #expect(!lines[0].contains("_"), "every header is Chinese")
        #expect(lines.contains { $0.hasPrefix(#"3607210002,"<script>alert(""x"")</script>赣县区, ""测试""站",赣县区 | 办公室,赣州市,县级,60,合格,,"#) })
        #expect(lines.contains { $0.hasPrefix("3607000001,赣州市人民政府,赣州市人民政府办公室,赣州市,市级,0,不合格,首页2周未更新,首页2周未更新；空白栏目；发稿日期超前,0,1,") })
        // Administrative order: provincial departments, then 赣州 (3607), then 上饶 (3611).
        #expect(lines.dropFirst().prefix(5).map { String($0.prefix(10)) } == ["bm01000001", "3607000001", "3607210002", "3611000003", "3611270001"])
    }

    @Test("the HTML escapes everything from sites and needs nothing from outside")
    func htmlSafety() {
        let html = ReportWriter.render(SampleSweep.summary)["report.html"]!
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>栏目"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;赣县区"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("<link") && !html.contains(" src=") && !html.contains("@import"))
        #expect(html.contains("5e1f0c2a9b7d4e38"))
        #expect(html.contains("id=\"site-3611270001\""))
        #expect(html.contains("href=\"#site-3611270001\""))
    }

    @Test("every report names the rules and their hash")
    func rulesNamed() {
        for (name, text) in ReportWriter.render(SampleSweep.summary) {
            #expect(text.contains("5e1f0c2a9b7d4e38"), "\(name)")
            #expect(text.contains("国办秘函〔2019〕19号 默认规则"), "\(name)")
        }
    }

    @Test("the circular's overview counts as the circulars print them")
    func circularCounts() {
        let text = ReportWriter.render(SampleSweep.summary)["circular.md"]!
        #expect(text.contains("全省运行政府网站75个，本次检查网站5个，合格3个，合格率60.0%。"))
        #expect(text.contains("检查发现1个空白栏目、10个栏目更新不及时、15个链接打不开，1个网站首页2周未更新，1个站点无法访问"))
        #expect(text.hasPrefix("# 关于2024年第一季度全省政府网站检查情况的通报\n"))
        #expect(text.contains("| 1 | 省直部门 | 40 | 1 | 1 | 0.0% |\n| 2 | 赣州市 | 21 | 2 | 1 | 50.0% |\n| 3 | 上饶市 | 14 | 2 | 0 | 100.0% |"))
        #expect(text.contains("| 1 | 省直部门 | 江西省财政厅 | bm01000001 | 站点无法访问 |"))
        #expect(text.contains("按级别：省级") == false)
        #expect(text.contains("按级别：市级2个，合格1个，合格率50.0%；县级2个，合格2个，合格率100.0%；部门1个，合格0个，合格率0.0%。"))
    }

    @Test("write creates the directory and the five files")
    func writeFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)/out").path
        let paths = try ReportWriter.write(SampleSweep.summary, to: dir)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["sites.csv", "sites.xlsx", "report.html", "circular.md", "circular.docx"])
        #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(throws: ReportError.self) { try ReportWriter.write(SampleSweep.summary, to: "/proc/no-such-dir/x") }
    }
}
