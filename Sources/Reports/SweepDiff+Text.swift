import GovSweepProtocol

extension SweepDiff {
    /// The comparison as plain Chinese text for inspectors: a summary line, then each re-checked
    /// site's fixed, remaining and new problems, then the articles whose publication date changed.
    /// Sites judged in only one of the two sweeps are not compared and not listed.
    public func renderText() -> String {
        let rechecked = sites.filter(\.rechecked)
        let fixed = rechecked.reduce(0) { $0 + $1.fixed.count }
        let still = rechecked.reduce(0) { $0 + $1.stillPresent.count }
        let new = rechecked.reduce(0) { $0 + $1.new.count }
        var lines = [
            "整改复查：复查网站\(rechecked.count)个，已整改问题\(fixed)个，仍存在问题\(still)个，新发现问题\(new)个。",
        ]
        for change in rechecked {
            let head = "[\(change.site.id)] \(change.site.name)"
            guard !(change.fixed.isEmpty && change.stillPresent.isEmpty && change.new.isEmpty && change.unverified.isEmpty) else { continue }
            let verdict = "\(passText(change.passedBefore)) → \(passText(change.passedAfter))"
            let unverified = change.unverified.isEmpty ? "" : "，站点无法访问、未能复查\(change.unverified.count)个"
            lines.append("\(head)（\(verdict)）：已整改\(change.fixed.count)个，仍存在\(change.stillPresent.count)个，新发现\(change.new.count)个\(unverified)")
            for (label, findings) in [("已整改", change.fixed), ("仍存在", change.stillPresent), ("新发现", change.new), ("未能复查", change.unverified)] {
                for finding in findings {
                    let target = finding.target.map { " → \($0)" } ?? ""
                    let severity = finding.severity == .warning ? "（预警）" : ""
                    lines.append("  \(label) \(ReportText.checkName(finding.check))\(severity)：\(finding.url)\(target)")
                }
            }
        }
        lines.append("私自修改发布时间：\(changedArticles.count)篇文章的发布日期在两次检查之间发生变化。")
        for article in changedArticles {
            lines.append("  \(article.url)：\(article.before.iso) → \(article.after.iso)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func passText(_ passed: Bool?) -> String {
        switch passed {
        case true?: "合格"
        case false?: "不合格"
        case nil: "未检查"
        }
    }

    /// `diff.csv`: one row per fixed, remaining or new problem of each re-checked site, then one per
    /// article whose date changed. UTF-8 with a BOM, RFC 4180, CRLF, Chinese headers.
    public func renderCSV() -> String {
        var lines = [SitesCSV.row(["网站标识码", "网站名称", "所属地方", "变化", "问题", "性质", "页面", "链接目标", "说明"])]
        for change in sites where change.rechecked {
            for (label, findings) in [("已整改", change.fixed), ("仍存在", change.stillPresent), ("新发现", change.new), ("未能复查", change.unverified)] {
                for finding in findings {
                    lines.append(SitesCSV.row([
                        change.site.id, change.site.name, change.site.region ?? "", label, ReportText.checkName(finding.check),
                        ReportText.severityName(finding.severity), finding.url, finding.target ?? "", finding.detail,
                    ]))
                }
            }
        }
        for article in changedArticles {
            lines.append(SitesCSV.row([
                "", "", "", "发布日期变化", "私自修改发布时间", "", article.url, "", "\(article.before.iso) → \(article.after.iso)",
            ]))
        }
        return "\u{FEFF}" + lines.joined()
    }
}
