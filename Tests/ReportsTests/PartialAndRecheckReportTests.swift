import Foundation
import GovSweepProtocol
import Testing
@testable import Reports

/// An unfinished sweep's reports say so and count only what was judged; a 复查 sweep gets its own circular.
@Suite("Reports: unfinished sweeps, 复查 circulars, administrative order")
struct PartialAndRecheckReportTests {
    @Test("an unfinished sweep's circular says 未完成 and counts only the judged sites")
    func partialCircular() {
        let text = ReportWriter.render(SampleSweep.partialSummary)["circular.md"]!
        #expect(text.hasPrefix("# 关于2024年第一季度全省政府网站检查情况的通报（未完成）\n"))
        #expect(text.contains("计划检查网站5个，已完成检查2个，另有3个网站尚未检查，未计入任何统计"))
        #expect(text.contains("本次检查网站2个，合格2个，合格率100.0%。"))
        #expect(!text.contains("本次检查网站5个"))
        // 弋阳县 (judged) showed consultation-column messages: their table is 附件4, the unjudged sites come next.
        #expect(text.contains("## 附件4　互动交流栏目留言办理情况"))
        #expect(text.contains("## 附件5　尚未完成检查的网站（未计入统计）"))
        #expect(text.contains("| 1 | 省直部门 | 江西省财政厅 | bm01000001 |"))
        // Never judged, so never named under a problem.
        #expect(!text.contains("（一）站点无法访问"))
    }

    @Test("an unfinished sweep's report.html and sites.csv say 未完成 and keep the unjudged sites out of the figures")
    func partialHTMLAndCSV() {
        let files = ReportWriter.render(SampleSweep.partialSummary)
        let html = files["report.html"]!
        #expect(html.contains("<title>政府网站检查报告（未完成） · 2024q1-jx</title>"))
        #expect(html.contains("<h1>政府网站检查报告（未完成）</h1>"))
        #expect(html.contains("<span class=\"value\" id=\"fig-checked\">2</span>"))
        #expect(html.contains("<span class=\"value\" id=\"fig-pass-rate\">100.0%</span>"))
        #expect(html.contains("<h2>尚未完成检查的网站（3个，未计入统计）</h2>"))
        #expect(!html.contains("id=\"site-bm01000001\""))
        let csv = files["sites.csv"]!
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.contains(",2024q1-jx（未完成）,") })
        #expect(rows.filter { $0.contains(",未检查,") }.count == 3)
        #expect(rows.first { $0.hasPrefix("bm01000001,") }?.contains(",部门,,未检查,") == true)
    }

    @Test("a finished sweep's reports carry no 未完成 mark")
    func completeUnmarked() {
        for (name, text) in ReportWriter.render(SampleSweep.summary) {
            #expect(!text.contains("未完成"), "\(name)")
        }
    }

    @Test("a 复查 sweep's circular counts problems fixed, remaining and new per site")
    func recheckCircular() {
        let text = ReportWriter.render(SampleSweep.recheckSummary)["circular.md"]!
        #expect(text.hasPrefix("# 关于2024年第一季度全省政府网站整改复查情况的通报\n"))
        #expect(text.contains("对检查批次 2024q1-jx 发现问题的4个网站进行了复查。前次检查发现的问题中，已整改1个，仍存在8个；复查新发现问题1个。"))
        #expect(text.contains("| 序号 | 所属地方 | 网站名称 | 网站标识码 | 已整改 | 仍存在 | 新发现 | 复查结果 |"))
        #expect(text.contains("| 4 | 上饶市 | 弋阳县人民政府 | 3611270001 | 1 | 4 | 1 | 合格 |"))
        #expect(text.contains("### （三）弋阳县人民政府\n\n仍存在：首页2周未更新1处、栏目更新不及时1处、附件打不开1处、未设置“我为政府网站找错”入口1处。新发现：图片无法显示1处。"))
        let html = ReportWriter.render(SampleSweep.recheckSummary)["report.html"]!
        #expect(html.contains("<h2>整改复查（对照检查批次 2024q1-jx）</h2>"))
    }

    @Test("diff.csv lists each fixed, remaining and new problem, without sites only one sweep judged")
    func diffCSV() {
        let diff = SampleSweep.recheckSummary.recheck!.diff
        let csv = diff.renderCSV()
        #expect(csv.hasPrefix("\u{FEFF}网站标识码,网站名称,所属地方,变化,问题,性质,页面,链接目标,说明\r\n"))
        #expect(csv.contains("3611270001,弋阳县人民政府,上饶市,已整改,链接打不开,扣分,https://www.zgyy.gov.cn/,https://www.zgyy.gov.cn/old/zwgk.html,链接无法打开（HTTP 404）。\r\n"))
        #expect(csv.contains(",新发现,图片无法显示,"))
        #expect(!csv.contains("3607210002"))
        #expect(!diff.renderText().contains("未比较"))
    }

    @Test("a site unreachable at the 复查 has its earlier problems unverified, never fixed")
    func unreachableIsNotFixed() {
        let before = SampleSweep.verdicts
        var after = before
        after[1] = SampleSweep.verdict(SampleSweep.yiyang, [SampleSweep.finding(
            SampleSweep.yiyang.id, .siteUnreachable, .veto, SampleSweep.yiyang.url, detail: "首页3次访问均失败，站点无法访问。")])
        let diff = SweepDiff.compare(before: before, after: after, beforeArticles: [:], afterArticles: [:])
        let yiyang = diff.sites.first { $0.site.id == SampleSweep.yiyang.id }!
        #expect(yiyang.fixed.isEmpty)
        #expect(yiyang.unverified.count == 5)
        #expect(yiyang.new.map(\.check) == [.siteUnreachable])
        #expect(diff.renderText().contains("已整改0个，仍存在0个，新发现1个，站点无法访问、未能复查5个"))
        #expect(diff.renderCSV().contains(",未能复查,栏目更新不及时,"))
    }

    @Test("a monitor run's circular says what it checked and claims nothing about columns or links")
    func monitorCircular() {
        var summary = SampleSweep.summary
        summary.method = "本次为可用性监测：连续7天、每天24次访问各网站首页，检查站点能否访问和首页是否更新，未检查栏目、链接和内容；其他指标以全面检查为准。"
        let text = ReportWriter.render(summary)["circular.md"]!
        #expect(text.hasPrefix("# 关于2024年第一季度全省政府网站可用性监测情况的通报\n"))
        #expect(text.contains("监测发现1个站点无法访问，1个网站首页2周未更新。"))
        #expect(!text.contains("个空白栏目") && !text.contains("个链接打不开"))
        #expect(text.contains("本次为可用性监测：连续7天"))
        // report.html shows no figure cards for what a monitor run never checked, rather than zeros.
        let html = ReportWriter.render(summary)["report.html"]!
        #expect(html.contains("id=\"fig-unreachable\"") && html.contains("id=\"fig-homepage\""))
        #expect(!html.contains("id=\"fig-blank\"") && !html.contains("id=\"fig-stale\"") && !html.contains("id=\"fig-links\""))
    }

    @Test("regions go provincial departments first, then cities by GB/T 2260 code, not by Unicode order")
    func administrativeOrder() {
        let cities = ["上饶市", "南昌市", "抚州市", "九江市", "景德镇市", "赣州市", "萍乡市", "宜春市", "新余市", "吉安市", "鹰潭市"]
        let sites = cities.map { Site(id: "36\($0.count)0000001", name: $0, url: "http://x.gov.cn/", region: $0, level: .city) }
            + [Site(id: "bm01000001", name: "江西省财政厅", url: "http://x.gov.cn/", region: "省直部门", level: .department)]
        let order = RegionOrder(regions: Set(cities + ["省直部门"]), sites: sites)
        #expect(order.sorted(cities + ["省直部门"]) == [
            "省直部门", "南昌市", "景德镇市", "萍乡市", "九江市", "新余市", "鹰潭市", "赣州市", "吉安市", "宜春市", "抚州市", "上饶市",
        ])
    }

    @Test("a region the table lacks is ordered by the division code of its sites' identifiers")
    func identifierFallback() {
        let sites = [
            Site(id: "4403000001", name: "甲", url: "http://x.gov.cn/", region: "鹏城", level: .city),
            Site(id: "4401000001", name: "乙", url: "http://x.gov.cn/", region: "羊城", level: .city),
            Site(id: "4400000001", name: "丙", url: "http://x.gov.cn/", region: "广东省本级", level: nil),
            Site(id: "x1", name: "丁", url: "http://x.gov.cn/", region: "其他", level: nil),
        ]
        let order = RegionOrder(regions: ["鹏城", "羊城", "广东省本级", "其他"], sites: sites)
        #expect(order.sorted(["其他", "鹏城", "羊城", "广东省本级"]) == ["广东省本级", "羊城", "鹏城", "其他"])
        #expect(AdministrativeDivisions.code(of: "南昌", province: 36) == 360100)
        #expect(AdministrativeDivisions.code(of: "朝阳区", province: 11) == 110105)
        #expect(AdministrativeDivisions.code(of: "朝阳市", province: 21) == 211300)
        #expect(AdministrativeDivisions.byProvince.count == 31)
    }
}
