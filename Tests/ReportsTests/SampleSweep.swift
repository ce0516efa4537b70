import Foundation
import GovSweepProtocol
@testable import Reports
import Rules

/// A small hand-built sweep: five sites in three regions, passing, failing on points, vetoed,
/// unreachable, and one whose name needs escaping everywhere.
enum SampleSweep {
    static let asOf = CivilDate(iso: "2024-01-15")!

    static func finding(
        _ site: String, _ check: CheckID, _ severity: Severity, _ url: String, target: String? = nil,
        column: String? = nil, category: ColumnCategory? = nil, date: String? = nil, status: Int? = nil,
        points: Double = 0, detail: String
    ) -> Finding {
        Finding(
            siteID: site, check: check, severity: severity, url: url, target: target, column: column,
            category: category, date: date.flatMap { CivilDate(iso: $0) }, status: status, points: points,
            detail: detail)
    }

    static func verdict(_ site: Site, _ findings: [Finding], columns: [ColumnRecord] = [], passLine: Double = 60) -> SiteVerdict {
        let sorted = findings.sorted(by: Finding.exportOrder)
        let deducted = sorted.filter { $0.severity == .deduct }.reduce(0) { $0 + $1.points }
        let vetoes = Array(Set(sorted.filter { $0.severity == .veto }.map(\.check))).sorted()
        let score = vetoes.isEmpty ? 100 - deducted : 0
        return SiteVerdict(
            site: site, findings: sorted, columns: columns, score: score, deducted: deducted,
            passed: vetoes.isEmpty && score >= passLine, vetoes: vetoes, warnings: sorted.filter { $0.severity == .warning })
    }

    static let shangrao = Site(id: "3611000003", name: "上饶市人民政府", url: "https://www.zgsr.gov.cn/", unit: "上饶市人民政府办公室", region: "上饶市", level: .city)
    static let yiyang = Site(id: "3611270001", name: "弋阳县人民政府", url: "https://www.zgyy.gov.cn/", unit: "弋阳县人民政府办公室", region: "上饶市", level: .county)
    static let ganzhou = Site(id: "3607000001", name: "赣州市人民政府", url: "https://www.ganzhou.gov.cn/", unit: "赣州市人民政府办公室", region: "赣州市", level: .city)
    static let finance = Site(id: "bm01000001", name: "江西省财政厅", url: "http://jxf.jiangxi.gov.cn/", unit: "江西省财政厅", region: "省直部门", level: .department)
    static let tricky = Site(id: "3607210002", name: "<script>alert(\"x\")</script>赣县区, \"测试\"站", url: "javascript:alert(1)", unit: "赣县区 | 办公室", region: "赣州市", level: .county)

    static var verdicts: [SiteVerdict] {
        let sr = "https://www.zgsr.gov.cn/"
        let yy = "https://www.zgyy.gov.cn/"
        var verdicts = [
            verdict(shangrao, [
                finding(shangrao.id, .tlsInvalid, .notice, sr, detail: "网站证书校验失败（certificate has expired），已继续检查内容。"),
            ], columns: [
                ColumnRecord(siteID: shangrao.id, url: "\(sr)col/gzdt/index.html", name: "工作动态", category: .news, latest: CivilDate(iso: "2024-01-12"), items: 20, source: .discovered),
            ]),
            verdict(yiyang, [
                finding(yiyang.id, .columnStale, .deduct, "\(yy)col/tzgg/index.html", column: "通知公告", category: .notice, date: "2023-05-02", points: 4, detail: "栏目“通知公告”（通知公告类）最新信息发布于2023-05-02，超过6个月未更新。"),
                finding(yiyang.id, .linkBroken, .deduct, yy, target: "\(yy)old/zwgk.html", status: 404, points: 1, detail: "链接无法打开（HTTP 404）。"),
                finding(yiyang.id, .attachmentBroken, .deduct, "\(yy)art/2023/12/13/art_1.html", target: "\(yy)module/download/downfile.jsp?filename=a.docx", status: 404, points: 0.2, detail: "附件无法打开（HTTP 404）。"),
                finding(yiyang.id, .missingErrorReportEntry, .deduct, yy, points: 2, detail: "首页未设置“我为政府网站找错”入口。"),
                finding(yiyang.id, .homepageStale, .warning, yy, date: "2024-01-03", detail: "预警：首页最新信息发布于2024-01-03，已12天未更新，超过14天将单项否决。"),
            ]),
            verdict(ganzhou, [
                finding(ganzhou.id, .homepageStale, .veto, "https://www.ganzhou.gov.cn/", date: "2023-12-20", detail: "首页最新信息发布于2023-12-20，14天内未更新。"),
                finding(ganzhou.id, .columnBlank, .deduct, "https://www.ganzhou.gov.cn/col/ghjh/index.html", column: "规划计划", category: .plan, points: 4, detail: "栏目“规划计划”为空白栏目，栏目页未列出任何信息。"),
                finding(ganzhou.id, .dateInFuture, .deduct, "https://www.ganzhou.gov.cn/art/2024/2/1/art_9.html", column: "政务动态", category: .news, date: "2024-02-01", points: 2, detail: "文章发布日期2024-02-01晚于监测日期2024-01-15，发稿日期超前。"),
            ]),
            verdict(finance, [
                finding(finance.id, .siteUnreachable, .veto, "http://jxf.jiangxi.gov.cn/", detail: "首页3次访问均失败（连接超时），站点无法访问。"),
            ]),
            verdict(tricky, (0..<9).map {
                finding(tricky.id, .columnStale, .deduct, "https://gx.example.gov.cn/col/\($0)/index.html", column: "<b>栏目\($0)</b>", category: .interpretation, date: "2023-01-01", points: $0 < 7 ? 4 : ($0 == 7 ? 2 : 0), detail: "栏目“<b>栏目\($0)</b>”（政策解读类）最新信息发布于2023-01-01，超过6个月未更新。")
            } + (0..<13).map {
                finding(tricky.id, .linkBroken, .deduct, "https://gx.example.gov.cn/a.html", target: "https://gx.example.gov.cn/x\($0).html\"><script>", status: 500, points: $0 < 10 ? 1 : 0, detail: "链接无法打开（HTTP 500）。")
            }),
        ]
        verdicts[1].messageBoard = MessageBoardSummary(
            url: "\(yy)hdjl/xjlb/index.html", messagesSeen: 14, messagesInYear: 12, answeredInYear: 11, overdue: 0, timedReplies: 11,
            medianReplyDays: 2.5, lateReplies: 3, copiedReplies: 0, latestReply: CivilDate(iso: "2024-01-10"))
        return verdicts
    }

    static var summary: SweepSummary {
        SweepSummary(
            sweepID: "2024q1-jx", asOf: asOf, startedAt: 1_705_280_400, finishedAt: 1_705_291_500,
            rulesHash: "5e1f0c2a9b7d4e38", rulesName: "国办秘函〔2019〕19号 默认规则", verdicts: verdicts.reversed(),
            inventoryCounts: ["上饶市": 14, "赣州市": 21, "省直部门": 40])
    }

    /// The sweep stopped before 上饶, 赣州 and the finance department were crawled.
    static var partialSummary: SweepSummary {
        var partial = summary
        let unjudged = [shangrao, ganzhou, finance]
        partial.finishedAt = nil
        partial.verdicts.removeAll { verdict in unjudged.contains { $0.id == verdict.site.id } }
        partial.unjudgedSites = unjudged
        return partial
    }

    /// A 复查 of the sample sweep: 弋阳 fixed its broken link and broke an image; 赣县 was not re-checked.
    static var recheckSummary: SweepSummary {
        var after = verdicts
        after[1].findings.removeAll { $0.check == .linkBroken }
        after[1].findings.append(finding(
            yiyang.id, .imageBroken, .deduct, yiyang.url, target: "https://www.zgyy.gov.cn/a.png",
            status: 404, points: 0.2, detail: "图片无法打开（HTTP 404）。"))
        after.removeLast()
        var recheck = summary
        recheck.sweepID = "2024q1-jx-fc"
        recheck.verdicts = after
        recheck.recheck = RecheckComparison(previousSweepID: "2024q1-jx", diff: SweepDiff.compare(
            before: verdicts, after: after, beforeArticles: [:], afterArticles: [:]))
        return recheck
    }

    /// Tests/Fixtures/reports/NAME.
    static func fixturePath(_ name: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reports/\(name)").path
    }
}
