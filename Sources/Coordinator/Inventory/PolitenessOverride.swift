import GovSweepProtocol

/// A politeness budget an inventory row sets for its site's politeness key (the `host_group`, else
/// the homepage's host): either part may be left to the sweep's `--per-host` and `--gap-ms`.
public struct PolitenessOverride: Hashable, Sendable {
    /// Requests in flight at once (`host_concurrency`, 同时请求数); nil: the sweep's `--per-host`.
    public var concurrency: Int?
    /// Least milliseconds between two starts (`host_gap_ms`, 请求间隔毫秒); nil: the sweep's `--gap-ms`.
    public var gapMilliseconds: Int?
    /// The inventory line that set it.
    public var line: Int

    public init(concurrency: Int?, gapMilliseconds: Int?, line: Int) {
        self.concurrency = concurrency
        self.gapMilliseconds = gapMilliseconds
        self.line = line
    }

    /// The whole budget, the parts the row left empty taken from `defaults`.
    public func budget(defaults: PolitenessBudget) -> PolitenessBudget {
        PolitenessBudget(
            concurrency: concurrency ?? defaults.concurrency, gapMilliseconds: gapMilliseconds ?? defaults.gapMilliseconds)
    }

    /// The budgets `overrides` set, completed from the sweep's `settings`, ready for
    /// ``SweepSettings/hostBudgets`` (nil when there are none).
    public static func budgets(_ overrides: [String: PolitenessOverride], over settings: SweepSettings) -> [String: PolitenessBudget]? {
        guard !overrides.isEmpty else { return nil }
        let defaults = PolitenessBudget(concurrency: settings.perHostConcurrency, gapMilliseconds: settings.perHostGapMilliseconds)
        return overrides.mapValues { $0.budget(defaults: defaults) }
    }

    /// Reads one cell: nil for an empty cell; an error message for anything but a whole number in `range`.
    static func number(_ text: String?, column: String, range: ClosedRange<Int>) -> Result<Int?, BudgetCellError> {
        guard let text else { return .success(nil) }
        guard let value = Int(text), range.contains(value) else {
            return .failure(BudgetCellError(
                message: "\(column) \"\(text)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return .success(value)
    }
}

/// What is wrong with a politeness cell, said so that the operator knows what to write.
struct BudgetCellError: Error {
    var message: String
}
