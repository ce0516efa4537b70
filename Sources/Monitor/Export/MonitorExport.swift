import Foundation
import GovSweepProtocol
import Rules

/// The monitor's findings in the contract's `findings.jsonl` form, and its verdicts for reports.
public enum MonitorExport {
    /// The verdicts of the latest run in the database at `db`, keyed by site id; only visits inside
    /// `window` (seconds since 1970) count, the whole run when nil. Empty when the database holds no run.
    public static func latestVerdicts(
        db: String, window: ClosedRange<Double>? = nil, rules: RuleSet = .builtIn
    ) throws(MonitorStoreError) -> [String: MonitorVerdict] {
        guard MonitorStore.holdsMonitorRuns(path: db) else {
            if FileManager.default.fileExists(atPath: db) { return [:] }
            throw .missing(path: db)
        }
        let store = try MonitorStore.openExisting(path: db)
        guard let run = try store.latestRun() else { return [:] }
        return MonitorJudge(rules: rules).verdicts(
            run: run, probes: try store.probes(runID: run.id), snapshots: try store.snapshots(runID: run.id),
            window: window)
    }

    /// The findings of the latest run at `db`, in export order.
    public static func findings(
        db: String, window: ClosedRange<Double>? = nil, rules: RuleSet = .builtIn
    ) throws(MonitorStoreError) -> [Finding] {
        try latestVerdicts(db: db, window: window, rules: rules).values
            .flatMap(\.findings)
            .sorted(by: Finding.exportOrder)
    }

    /// `findings` as JSON Lines: one object per line, keys sorted, slashes unescaped, in export order.
    /// The same findings always give the same bytes.
    public static func jsonLines(_ findings: [Finding]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for finding in findings.sorted(by: Finding.exportOrder) {
            // Encoding a Finding cannot fail: every field is a string, number, bool or null.
            guard let line = try? encoder.encode(finding) else { continue }
            data.append(line)
            data.append(0x0A)
        }
        return data
    }

    /// Writes the latest run's findings to `directory/findings.jsonl` (creating the directory) and
    /// returns how many were written.
    @discardableResult
    public static func write(
        db: String, to directory: String, window: ClosedRange<Double>? = nil, rules: RuleSet = .builtIn
    ) throws(MonitorStoreError) -> Int {
        let findings = try findings(db: db, window: window, rules: rules)
        let path = URL(fileURLWithPath: directory).appendingPathComponent("findings.jsonl").path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try jsonLines(findings).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        return findings.count
    }
}
