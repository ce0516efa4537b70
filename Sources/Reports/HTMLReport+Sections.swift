import GovSweepProtocol
import Rules

extension HTMLReport {
    /// The sites an unfinished sweep never judged: listed so nobody reads them as passed or failed.
    static func unjudgedSection(_ summary: SweepSummary) -> String {
        guard !summary.unjudgedSites.isEmpty else { return "" }
        let sites = summary.regionOrder.sorted(summary.unjudgedSites, region: { $0.region ?? "" }, id: \.id)
        let rows = sites.map { site in
            "<tr><td>\(HTML.escape(site.id))</td><td>\(HTML.escape(site.name))</td><td>\(HTML.escape(site.region ?? ""))</td>"
                + "<td class=\"url\">\(HTML.link(site.url))</td></tr>"
        }
        return """
            <section id="unjudged">
            <h2>尚未完成检查的网站（\(sites.count)个，未计入统计）</h2>
            <table><thead><tr><th>网站标识码</th><th>网站名称</th><th>所属地方</th><th>网址</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }

    /// 整改复查: per site of a 复查 sweep (or of `govsweep diff`), the problems fixed, still present and new.
    static func recheckSection(_ summary: SweepSummary) -> String {
        guard let comparison = summary.recheck else { return "" }
        let changes = summary.regionOrder.sorted(
            comparison.diff.sites.filter(\.rechecked), region: { $0.site.region ?? "" }, id: \.site.id)
        let rows = changes.map { change in
            let problems = (change.stillPresent + change.new).map { finding in
                "\(ReportText.checkName(finding.check))：\(finding.target ?? finding.url)"
            }
            return """
                <tr><td>\(HTML.escape(change.site.id))</td><td><a href="#\(HTML.anchor(siteID: change.site.id))">\
                \(HTML.escape(change.site.name))</a></td><td>\(HTML.escape(change.site.region ?? ""))</td>\
                <td class="num">\(change.fixed.count)</td><td class="num">\(change.stillPresent.count)</td>\
                <td class="num">\(change.new.count)</td>\
                <td class="\(change.passedAfter == true ? "pass" : "fail")">\(change.passedAfter == true ? "合格" : "不合格")</td>\
                <td>\(problems.isEmpty ? "—" : problems.map(HTML.escape).joined(separator: "<br>"))</td></tr>
                """
        }
        let fixed = changes.reduce(0) { $0 + $1.fixed.count }
        let still = changes.reduce(0) { $0 + $1.stillPresent.count }
        let new = changes.reduce(0) { $0 + $1.new.count }
        return """
            <section id="recheck">
            <h2>整改复查（对照检查批次 \(HTML.escape(comparison.previousSweepID))）</h2>
            <p>复查网站\(changes.count)个，已整改问题\(fixed)个，仍存在问题\(still)个，新发现问题\(new)个；\
            \(comparison.diff.changedArticles.count)篇文章的发布日期在两次检查之间发生变化。</p>
            <table id="recheck-table"><thead><tr><th>网站标识码</th><th>网站名称</th><th>所属地方</th><th>已整改</th>\
            <th>仍存在</th><th>新发现</th><th>复查结果</th><th>仍存在和新发现的问题</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }
}
