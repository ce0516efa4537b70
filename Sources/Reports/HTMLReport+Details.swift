import GovSweepProtocol
import Rules

extension HTMLReport {
    /// The drill-down of one site: its verdict, every finding with its page and target, its columns.
    static func siteSection(_ verdict: SiteVerdict) -> String {
        let site = verdict.site
        let facts = [
            site.region, site.level.map(ReportText.levelName), site.unit.map { "主办单位：\($0)" },
        ].compactMap(\.self).map(HTML.escape)
        let vetoes = verdict.vetoes.isEmpty
            ? "" : "<p class=\"vetoes\">单项否决：\(HTML.escape(verdict.vetoes.map(ReportText.checkName).joined(separator: "；")))</p>"
        let findings = verdict.findings.sorted { rank($0.severity) < rank($1.severity) }
        let rows = findings.isEmpty
            ? "<tr><td colspan=\"8\">未发现问题。</td></tr>"
            : findings.map(findingRow).joined(separator: "\n")
        return """
            <section class="site" id="\(HTML.anchor(siteID: site.id))">
            <h3>\(HTML.escape(site.name)) <small>\(HTML.escape(site.id))</small></h3>
            <p class="meta">\(HTML.link(site.url)) · \(facts.joined(separator: " · ")) · \
            得分 <b>\(ReportText.score(verdict.score))</b>（扣分 \(ReportText.score(verdict.deducted))） · \
            <b class="\(verdict.passed ? "pass" : "fail")">\(verdict.passed ? "合格" : "不合格")</b></p>
            \(vetoes)
            <table class="findings">
            <thead><tr><th>问题</th><th>性质</th><th>页面</th><th>链接目标</th><th>栏目</th><th>日期</th><th>扣分</th><th>说明</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            \(columnsTable(verdict.columns))
            <p><a href="#sites">返回网站一览</a></p>
            </section>
            """
    }

    static func findingRow(_ finding: Finding) -> String {
        let column = [finding.column, finding.category.map(\.chineseName)].compactMap(\.self).joined(separator: " / ")
        return """
            <tr class="sev-\(finding.severity.rawValue)"><td>\(HTML.escape(ReportText.checkName(finding.check)))</td>\
            <td>\(ReportText.severityName(finding.severity))</td><td class="url">\(HTML.link(finding.url))</td>\
            <td class="url">\(finding.target.map { HTML.link($0) } ?? "")</td><td>\(HTML.escape(column))</td>\
            <td>\(finding.date?.iso ?? "")</td><td class="num">\(finding.points > 0 ? ReportText.score(finding.points) : "")</td>\
            <td>\(HTML.escape(finding.detail))</td></tr>
            """
    }

    static func columnsTable(_ columns: [ColumnRecord]) -> String {
        guard !columns.isEmpty else { return "" }
        let rows = columns.map { column in
            """
            <tr><td>\(HTML.link(column.url, text: column.name))</td><td>\(column.category.chineseName)</td>\
            <td>\(column.latest?.iso ?? "—")</td><td class="num">\(column.items)</td>\
            <td>\(column.source == .inventory ? "配置" : "发现")</td></tr>
            """
        }
        return """
            <details><summary>栏目 \(columns.count) 个</summary>
            <table class="columns"><thead><tr><th>栏目</th><th>类别</th><th>最新信息</th><th>带日期信息数</th><th>来源</th></tr></thead>
            <tbody>\(rows.joined())</tbody></table>
            </details>
            """
    }

    static func rank(_ severity: Severity) -> Int {
        switch severity {
        case .veto: 0
        case .deduct: 1
        case .warning: 2
        case .notice: 3
        }
    }
}
