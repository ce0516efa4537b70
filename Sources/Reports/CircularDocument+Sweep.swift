import GovSweepProtocol
import Rules

extension CircularDocument {
    /// How many sites a problem paragraph names before it says 等.
    static let namedSites = 20

    /// The circular of a sweep: 一、总体情况, 二、存在的主要问题, 三、整改要求, and the 附件 tables.
    /// A 复查 sweep gets `recheck(_:)` instead.
    static func sweep(_ summary: SweepSummary) -> CircularDocument {
        if summary.recheck != nil { return recheck(summary) }
        let stats = SweepStatistics(summary)
        let order = summary.regionOrder
        let verdicts = order.sorted(summary.verdicts, region: { $0.site.region ?? "" }, id: \.site.id)
        let failed = verdicts.filter { !$0.passed }
        var blocks: [Block] = [.note(generatorNote(summary))]
        if let partial = summary.partialNote { blocks.append(.note(partial)) }
        blocks.append(.heading("一、总体情况", level: 1))
        blocks.append(.paragraph(overview(summary, stats)))
        blocks.append(.paragraph(levelSentence(stats)))
        blocks.append(.paragraph(methodSentence(summary)))
        blocks.append(.heading("二、存在的主要问题", level: 1))
        let problems = problemParagraphs(verdicts)
        if problems.isEmpty {
            blocks.append(.paragraph(summary.isComplete ? "本次检查未发现单项否决或扣分问题。" : "已完成检查的网站中未发现单项否决或扣分问题。"))
        }
        for (index, problem) in problems.enumerated() {
            blocks.append(.heading("（\(ordinal(index + 1))）\(problem.name)", level: 2))
            blocks.append(.paragraph(problem.text))
        }
        blocks.append(.heading("三、整改要求", level: 1))
        blocks += requirements.map(Block.paragraph)
        blocks.append(.attachment(title: "附件1　各地区、各部门政府网站检查情况", table: regionTable(stats)))
        blocks.append(.attachment(title: "附件2　检查不合格的政府网站", table: siteTable(failed, problems: true)))
        blocks.append(.attachment(title: "附件3　政府网站得分情况", table: siteTable(verdicts, problems: false)))
        var attachment = 4
        if let messages = MessageBoardReport.circularTable(verdicts) {
            blocks.append(.attachment(title: "附件\(attachment)　互动交流栏目留言办理情况", table: messages))
            attachment += 1
        }
        if let copied = CopiedContentReport.circularTable(verdicts) {
            blocks.append(.attachment(title: "附件\(attachment)　疑似抄袭文章情况", table: copied))
            attachment += 1
        }
        if let policy = PolicyInterpretationReport.circularTable(verdicts) {
            blocks.append(.attachment(title: "附件\(attachment)　政策文件解读情况", table: policy))
            attachment += 1
        }
        if !summary.unjudgedSites.isEmpty {
            let unjudged = order.sorted(summary.unjudgedSites, region: { $0.region ?? "" }, id: \.id)
            blocks.append(.attachment(title: "附件\(attachment)　尚未完成检查的网站（未计入统计）", table: Table(
                header: ["序号", "所属地方", "网站名称", "网站标识码"],
                rows: unjudged.enumerated().map { ["\($0 + 1)", $1.region ?? "", $1.name, $1.id] },
                widths: [1, 3, 6, 3], numeric: [0])))
        }
        let subject = summary.method == nil ? "全省政府网站检查情况" : "全省政府网站可用性监测情况"
        return CircularDocument(title: title(summary, subject: subject), blocks: blocks)
    }

    /// 关于2026年第四季度全省政府网站检查情况的通报, with （未完成） when the sweep did not finish.
    static func title(_ summary: SweepSummary, subject: String) -> String {
        "关于\(summary.asOf.year)年\(quarter(ofMonth: summary.asOf.month))\(subject)的通报\(summary.titleMark)"
    }

    static func generatorNote(_ summary: SweepSummary) -> String {
        "本稿由 GovSweep 根据检查批次 \(summary.sweepID) 自动生成，发文前请人工核实。\(summary.rulesLine)。"
    }

    /// Counts and pass rate of the judged sites.
    static func overview(_ summary: SweepSummary, _ stats: SweepStatistics) -> String {
        let running = summary.inventoryCounts.values.reduce(0, +)
        let runningText = running > stats.checked ? "全省运行政府网站\(running)个，" : ""
        let counts = "以\(ReportText.chineseDate(summary.asOf))为监测时间点，\(runningText)本次检查网站\(stats.checked)个，"
            + "合格\(stats.passed)个，合格率\(ReportText.percent(stats.passRate))。"
        guard summary.method == nil else {
            // A monitor run looked at availability and homepages only: say nothing of what it did not check.
            return counts + "监测发现\(stats.unreachableSites)个站点无法访问，\(stats.homepageStaleSites)个网站首页2周未更新。"
        }
        return counts
            + "检查发现\(stats.blankColumns)个空白栏目、\(stats.staleColumns)个栏目更新不及时、"
            + "\(stats.brokenLinks)个链接打不开，\(stats.homepageStaleSites)个网站首页2周未更新，"
            + "\(stats.unreachableSites)个站点无法访问，\(stats.futureDates)处发稿日期超前。"
    }

    /// 按级别：省级门户N个，合格N个，合格率N%；…
    static func levelSentence(_ stats: SweepStatistics) -> String {
        guard !stats.byLevel.isEmpty else { return "按级别：无已完成检查的网站。" }
        let parts = stats.byLevel.map { "\($0.name)\($0.checked)个，合格\($0.passed)个，合格率\(ReportText.percent($0.passRate))" }
        return "按级别：" + parts.joined(separator: "；") + "。"
    }

    /// What was checked and how.
    static func methodSentence(_ summary: SweepSummary) -> String {
        if let method = summary.method { return method + "判定所用\(summary.rulesLine)。" }
        return "本次检查依据《政府网站与政务新媒体检查指标》，采用程序抓取与规则判定相结合的方式，逐站访问首页并遍历栏目和页面，"
            + "检查站点可访问性、首页和栏目更新情况、空白栏目、链接与附件可用性、发稿日期、网站标识码和备案编号标注、"
            + "“我为政府网站找错”入口、违规内容与个人敏感信息等内容；单项否决的网站和得分低于合格线的网站为不合格。"
            + "判定所用\(summary.rulesLine)。"
    }

    /// One paragraph per problem type with the sites that have it (vetoes and deductions only).
    static func problemParagraphs(_ verdicts: [SiteVerdict]) -> [(name: String, text: String)] {
        CheckID.allCases.compactMap { check in
            let sites = verdicts.filter { verdict in
                verdict.findings.contains { $0.check == check && ($0.severity == .veto || $0.severity == .deduct) }
            }
            guard !sites.isEmpty else { return nil }
            let vetoed = sites.filter { $0.vetoes.contains(check) }.count
            let names = sites.prefix(namedSites).map { verdict in
                let count = verdict.findings.count { $0.check == check && ($0.severity == .veto || $0.severity == .deduct) }
                let perSite: Set<CheckID> = [.siteUnreachable, .homepageStale]
                return perSite.contains(check) || count == 1 ? verdict.site.name : "\(verdict.site.name)（\(count)处）"
            }.joined(separator: "、")
            let more = sites.count > namedSites ? "等" : ""
            let vetoText = vetoed > 0 ? "，其中\(vetoed)个网站因此单项否决" : ""
            return (ReportText.checkName(check), "\(names)\(more)\(sites.count)个网站存在此问题\(vetoText)。")
        }
    }

    static let requirements = [
        "（一）限期整改。各地区、各部门要对照附件所列问题逐项整改，自本通报印发之日起一个月内完成，并将整改情况报送省政府办公厅。",
        "（二）举一反三。各网站主办单位要全面自查所属网站，对空白栏目、长期不更新栏目和无法打开的链接进行清理，确保网站内容准确、及时、可用。",
        "（三）健全机制。各地区、各部门要落实网站日常监测和信息发布审核制度，对检查不合格的网站，下次检查时将进行复查。",
    ]

    static func regionTable(_ stats: SweepStatistics) -> Table {
        Table(
            header: ["序号", "所属地方", "运行网站总数", "检查网站数", "不合格网站数", "合格率"],
            rows: stats.byRegion.enumerated().map { index, group in
                ["\(index + 1)", group.name, "\(group.inventory ?? group.checked)", "\(group.checked)", "\(group.failed)",
                 group.checked == 0 ? "—" : ReportText.percent(group.passRate)]
            },
            widths: [1, 3, 2, 2, 2, 2], numeric: [0, 2, 3, 4, 5])
    }

    /// 序号, 所属地方, 网站名称, 网站标识码, then 存在的问题 or 得分.
    static func siteTable(_ verdicts: [SiteVerdict], problems: Bool) -> Table {
        Table(
            header: ["序号", "所属地方", "网站名称", "网站标识码", problems ? "存在的问题" : "得分"],
            rows: verdicts.enumerated().map { index, verdict in
                ["\(index + 1)", verdict.site.region ?? "", verdict.site.name, verdict.site.id,
                 problems ? ReportText.outstandingProblems(verdict) : ReportText.score(verdict.score)]
            },
            widths: problems ? [1, 2, 4, 3, 6] : [1, 3, 6, 3, 2], numeric: problems ? [0] : [0, 4])
    }
}
