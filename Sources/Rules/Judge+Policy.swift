import GovSweepProtocol

extension Judge {
    /// `policy_not_interpreted` per document of the window without an interpretation,
    /// `interpretation_not_linked` per interpretation not linked both ways with its document, and
    /// `interpretation_column_missing` once for a site with documents of the window and no
    /// interpretation at all (instead of one finding per document).
    func policyFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> (findings: [Finding], summary: PolicySummary?) {
        let lines = rules.policyRules
        let judgement = PolicyJudgement(rules: lines, asOf: asOf, pages: evidence.pages)
        guard let summary = judgement.summary else { return ([], nil) }
        if judgement.noInterpretations {
            guard !judgement.uninterpreted.isEmpty else { return ([], summary) }
            return ([make(.interpretationColumnMissing, url: summary.url, category: .policy,
                          detail: "网站未开设政策解读栏目，近\(lines.windowMonths)个月发布的\(summary.documents)件政策文件均未见解读。")], summary)
        }
        var findings = judgement.uninterpreted.map { document in
            make(.policyNotInterpreted, url: document.url, category: .policy, date: document.date,
                 detail: "政策文件“\(document.title)”（\(document.date?.iso ?? "-")发布）未见对应的政策解读。")
        }
        findings += judgement.unlinked.map { pair in
            let missing = switch (pair.documentLinks, pair.interpretationLinks) {
            case (true, false): "解读页面未链接政策文件"
            case (false, true): "政策文件页面未链接解读"
            default: "二者均未链接对方"
            }
            return make(.interpretationNotLinked, url: pair.interpretation.url, target: pair.document.url, category: .interpretation,
                        date: pair.interpretation.date,
                        detail: "政策解读“\(pair.interpretation.title)”与政策文件“\(pair.document.title)”未相互关联（\(missing)）。")
        }
        return (findings, summary)
    }
}
