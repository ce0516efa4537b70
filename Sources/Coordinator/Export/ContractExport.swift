import Foundation
import GovSweepProtocol
import Rules

/// Writes `findings.jsonl` and `columns.jsonl` exactly as the findings contract says: UTF-8 JSON
/// Lines, sorted by site, check, url, target (columns: site, url), so two exports of one sweep are
/// byte-identical.
public enum ContractExport {
    public struct Written: Sendable {
        public var findingsPath: String
        public var columnsPath: String
        public var findings: Int
        public var columns: Int
    }

    public static func write(_ verdicts: [SiteVerdict], to directory: String) throws -> Written {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let findings = verdicts.flatMap(\.findings).sorted(by: Finding.exportOrder)
        let columns = verdicts.flatMap(\.columns).sorted(by: ColumnRecord.exportOrder)
        let findingsPath = (directory as NSString).appendingPathComponent("findings.jsonl")
        let columnsPath = (directory as NSString).appendingPathComponent("columns.jsonl")
        try jsonLines(findings).write(to: URL(fileURLWithPath: findingsPath))
        try jsonLines(columns).write(to: URL(fileURLWithPath: columnsPath))
        return Written(findingsPath: findingsPath, columnsPath: columnsPath, findings: findings.count, columns: columns.count)
    }

    /// One JSON object per line, keys sorted, slashes unescaped, each line ending in `\n`.
    public static func jsonLines(_ values: [some Encodable]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for value in values {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        return data
    }
}
