import GovSweepProtocol

extension RuleSet {
    /// The first value that cannot be used, as (key path, reason); nil when the rules are sound.
    func firstProblem() -> (String, String)? {
        if !(0...100).contains(passLine) { return ("pass_line", "must be between 0 and 100") }
        if homepage.windowDays < 1 { return ("homepage.window_days", "must be at least 1") }
        if homepage.warningDays < 0 || homepage.warningDays > homepage.windowDays {
            return ("homepage.warning_days", "must be between 0 and homepage.window_days")
        }
        for (key, share) in [("unreachable_veto_share", homepage.unreachableVetoShare),
                             ("unreachable_warning_share", homepage.unreachableWarningShare),
                             ("monitor_minimum_coverage", homepage.monitorMinimumCoverage)]
        where !(0...1).contains(share) || share == 0 {
            return ("homepage.\(key)", "must be a share above 0 and at most 1 (0.05 is 5 %)")
        }
        for category in ColumnCategory.allCases {
            guard let rule = categories[category.rawValue] else {
                return ("categories.\(category.rawValue)", "missing")
            }
            if let problem = rule.window?.problem { return ("categories.\(category.rawValue).window", problem) }
            if (rule.points ?? 0) < 0 { return ("categories.\(category.rawValue).points", "must not be negative") }
        }
        if let key = categories.keys.first(where: { ColumnCategory(rawValue: $0) == nil }) {
            return ("categories.\(key)", "not a column category")
        }
        for (index, group) in columnVetoes.staleGroups.enumerated() where group.atLeast < 1 || group.categories.isEmpty {
            return ("column_vetoes.stale_groups[\(index)]", "needs at least one category and at_least of 1 or more")
        }
        if columnVetoes.blankAtLeast < 1 { return ("column_vetoes.blank_at_least", "must be at least 1") }
        if columnVetoes.blankWarningAbove < 0 || columnVetoes.staleWarningAbove < 0 {
            return ("column_vetoes", "warning counts must not be negative")
        }
        for check in CheckID.allCases {
            guard let rule = checks[check.rawValue] else { return ("checks.\(check.rawValue)", "missing") }
            if rule.points < 0 || (rule.homepagePoints ?? 0) < 0 {
                return ("checks.\(check.rawValue).points", "must not be negative")
            }
            if indicators[rule.indicator] == nil {
                return ("checks.\(check.rawValue).indicator", "names no entry of indicators")
            }
        }
        if let key = checks.keys.first(where: { CheckID(rawValue: $0) == nil }) {
            return ("checks.\(key)", "not a check id of the findings contract")
        }
        for (key, rule) in hits {
            if ContentHit.Kind(rawValue: key) == nil { return ("hits.\(key)", "not a content hit kind") }
            if rule.points < 0 { return ("hits.\(key).points", "must not be negative") }
        }
        if let (key, reason) = messages?.problem() { return ("messages.\(key)", reason) }
        if let (key, reason) = copiedContent?.problem() { return ("copied_content.\(key)", reason) }
        if let (key, reason) = policy?.problem() { return ("policy.\(key)", reason) }
        for (key, indicator) in indicators where indicator.cap < 0 {
            return ("indicators.\(key).cap", "must not be negative")
        }
        return nil
    }
}
