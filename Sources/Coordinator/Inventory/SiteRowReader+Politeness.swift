import GovSweepProtocol

extension SiteRowReader {
    /// The row's `host_concurrency` and `host_gap_ms`; nil when both are empty, nil and an error
    /// when either is not a whole number within its limits
    /// (1…``PolitenessBudget/maximumConcurrency``, 0…``PolitenessBudget/maximumGapMilliseconds``).
    func checkedBudget(in record: CSVRecord, _ remarks: inout Remarks) -> PolitenessOverride? {
        let concurrency = PolitenessOverride.number(
            header.value(.hostConcurrency, in: record), column: "host_concurrency",
            range: 1...PolitenessBudget.maximumConcurrency)
        let gap = PolitenessOverride.number(
            header.value(.hostGapMilliseconds, in: record), column: "host_gap_ms",
            range: 0...PolitenessBudget.maximumGapMilliseconds)
        var failed = false
        for case .failure(let error) in [concurrency, gap] {
            remarks.errors.append(error.message)
            failed = true
        }
        guard !failed, case .success(let inFlight) = concurrency, case .success(let milliseconds) = gap,
              inFlight != nil || milliseconds != nil
        else { return nil }
        return PolitenessOverride(concurrency: inFlight, gapMilliseconds: milliseconds, line: record.line)
    }

    /// Keeps `budget` for `site`'s politeness key; a key that already has a different budget keeps
    /// the first and the row gets a warning (the channels of one platform share one budget).
    mutating func keep(_ budget: PolitenessOverride, for site: Site, line: Int) -> [InventoryProblem] {
        let key = site.politenessKey
        guard let first = overrides[key] else {
            overrides[key] = budget
            return []
        }
        guard first.concurrency != budget.concurrency || first.gapMilliseconds != budget.gapMilliseconds else { return [] }
        let owner = site.platform.map { "host_group \($0)" } ?? "host \(key)"
        return [InventoryProblem(
            line: line,
            reason: "\(owner) already has the politeness budget of line \(first.line) (\(Self.describe(first))); this row's (\(Self.describe(budget))) is ignored: give every row of one host or host_group the same budget",
            severity: .warning)]
    }

    private static func describe(_ budget: PolitenessOverride) -> String {
        let inFlight = budget.concurrency.map { "\($0) in flight" } ?? "default in flight"
        let gap = budget.gapMilliseconds.map { "\($0) ms apart" } ?? "default gap"
        return inFlight + ", " + gap
    }
}
