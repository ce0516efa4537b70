import GovSweepProtocol

/// Applies the indicator caps and the pass line to a site's findings.
struct Scorer {
    let rules: RuleSet

    /// Sorts the findings into export order, caps each indicator's deductions (findings earlier in
    /// export order keep their points, later ones get what remains of the cap), and scores the site.
    func verdict(site: Site, findings: [Finding], columns: [ColumnRecord]) -> SiteVerdict {
        var sorted = findings.sorted(by: Finding.exportOrder)
        var remaining = rules.indicators.mapValues(\.cap)
        var deducted = 0.0
        for index in sorted.indices {
            guard sorted[index].severity == .deduct else {
                sorted[index].points = 0
                continue
            }
            let indicator = rules.rule(for: sorted[index].check).indicator
            let left = remaining[indicator] ?? 0
            let points = Self.rounded(min(max(sorted[index].points, 0), left))
            remaining[indicator] = left - points
            sorted[index].points = points
            deducted += points
        }
        deducted = Self.rounded(deducted)
        let vetoes = Array(Set(sorted.filter { $0.severity == .veto }.map(\.check))).sorted()
        let score = vetoes.isEmpty ? Self.rounded(max(0, 100 - deducted)) : 0
        return SiteVerdict(
            site: site, findings: sorted, columns: columns.sorted(by: ColumnRecord.exportOrder), score: score,
            deducted: deducted, passed: vetoes.isEmpty && score >= rules.passLine, vetoes: vetoes,
            warnings: sorted.filter { $0.severity == .warning })
    }

    /// Rounded to hundredths, so 5 × 0.2 is 1.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
