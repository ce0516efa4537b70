import GovSweepProtocol
import Rules

/// `report.html`: one self-contained page (inline CSS, SVG and script; no external assets) with the
/// summary figures, pass-rate charts, a sortable and filterable site table, and a drill-down per site.
enum HTMLReport {
    static func render(_ summary: SweepSummary) -> String {
        let stats = SweepStatistics(summary)
        let verdicts = summary.sortedVerdicts
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="GovSweep">
            <meta name="govsweep-rules-hash" content="\(HTML.escape(summary.rulesHash))">
            <title>政府网站检查报告\(summary.titleMark) · \(HTML.escape(summary.sweepID))</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            \(header(summary))
            \(summarySection(stats, availabilityOnly: summary.method != nil))
            \(recheckSection(summary))
            \(siteTable(verdicts))
            \(MessageBoardReport.htmlSection(verdicts))
            \(CopiedContentReport.htmlSection(verdicts))
            \(PolicyInterpretationReport.htmlSection(verdicts))
            \(unjudgedSection(summary))
            <section id="details">
            <h2>逐站问题清单</h2>
            \(verdicts.map(siteSection).joined(separator: "\n"))
            </section>
            <footer>\(HTML.escape(summary.rulesLine)) · 由 GovSweep 生成</footer>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    static func header(_ summary: SweepSummary) -> String {
        let finished = summary.finishedAt.map { ReportText.shanghaiTime($0) } ?? "未完成"
        return """
            <header>
            <h1>政府网站检查报告\(summary.titleMark)</h1>
            <p class="meta">检查批次 <b>\(HTML.escape(summary.sweepID))</b> · 监测时间点 <b>\(summary.asOf.iso)</b> · \
            开始 \(ReportText.shanghaiTime(summary.startedAt)) · 结束 \(finished) · 时间均为北京时间（UTC+8）</p>
            <p class="meta" id="rules">\(HTML.escape(summary.rulesLine))</p>
            \(summary.partialNote.map { "<p class=\"partial\" id=\"partial\">\(HTML.escape($0))</p>" } ?? "")
            </header>
            """
    }

    /// The figure cards and charts; a monitor run (`availabilityOnly`) checked no columns or links,
    /// so it shows no cards for them rather than zeros.
    static func summarySection(_ stats: SweepStatistics, availabilityOnly: Bool = false) -> String {
        let notChecked: Set<String> = availabilityOnly ? ["fig-blank", "fig-stale", "fig-links"] : []
        let figures: [(String, String, String)] = [
            ("fig-checked", "\(stats.checked)", "检查网站"),
            ("fig-passed", "\(stats.passed)", "合格网站"),
            ("fig-pass-rate", ReportText.percent(stats.passRate), "合格率"),
            ("fig-blank", "\(stats.blankColumns)", "空白栏目"),
            ("fig-stale", "\(stats.staleColumns)", "栏目更新不及时"),
            ("fig-links", "\(stats.brokenLinks)", "链接打不开"),
            ("fig-homepage", "\(stats.homepageStaleSites)", "首页2周未更新"),
            ("fig-unreachable", "\(stats.unreachableSites)", "站点无法访问"),
        ]
        let cards = figures.filter { !notChecked.contains($0.0) }.map { id, value, label in
            "<div class=\"figure\"><span class=\"value\" id=\"\(id)\">\(HTML.escape(value))</span><span class=\"label\">\(label)</span></div>"
        }
        return """
            <section id="summary">
            <h2>总体情况</h2>
            <div class="figures">\(cards.joined())</div>
            <div class="charts">
            <figure><figcaption>各地区、各部门合格率</figcaption>\(PassRateChart.svg(stats.byRegion, title: "各地区、各部门合格率"))</figure>
            <figure><figcaption>各级别合格率</figcaption>\(PassRateChart.svg(stats.byLevel, title: "各级别合格率"))</figure>
            </div>
            </section>
            """
    }

    static func siteTable(_ verdicts: [SiteVerdict]) -> String {
        let rows = verdicts.map { verdict -> String in
            let site = verdict.site
            let search = [site.id, site.name, site.region ?? "", site.unit ?? ""].joined(separator: " ").lowercased()
            let level = site.level.map(ReportText.levelName) ?? ""
            let problems = ReportText.outstandingProblems(verdict)
            return """
                <tr data-id="\(HTML.escape(site.id))" data-name="\(HTML.escape(site.name))" \
                data-region="\(HTML.escape(site.region ?? ""))" data-level="\(HTML.escape(level))" \
                data-score="\(ReportText.score(verdict.score))" data-passed="\(verdict.passed ? 1 : 0)" \
                data-text="\(HTML.escape(search))"><td>\(HTML.escape(site.id))</td>\
                <td><a href="#\(HTML.anchor(siteID: site.id))">\(HTML.escape(site.name))</a></td>\
                <td>\(HTML.escape(site.region ?? ""))</td><td>\(HTML.escape(level))</td>\
                <td class="num">\(ReportText.score(verdict.score))</td>\
                <td class="\(verdict.passed ? "pass" : "fail")">\(verdict.passed ? "合格" : "不合格")</td>\
                <td>\(HTML.escape(problems.isEmpty ? "—" : problems))</td></tr>
                """
        }
        return """
            <section id="sites">
            <h2>网站一览</h2>
            <div class="controls">
            <label>筛选 <input id="filter" type="search" placeholder="名称、标识码、地区"></label>
            <label>结果 <select id="status"><option value="failed" selected>不合格</option>\
            <option value="all">全部</option><option value="passed">合格</option></select></label>
            <span id="table-count">共 \(verdicts.count) 个网站</span>
            </div>
            <table id="site-table">
            <thead><tr><th data-key="id">网站标识码</th><th data-key="name">网站名称</th>\
            <th data-key="region">所属地方或部门</th><th data-key="level">级别</th>\
            <th data-key="score" data-type="number">得分</th><th>结果</th><th>存在的突出问题</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }
}
