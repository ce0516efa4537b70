import Foundation
import GovSweepProtocol
import Rules

/// Writes `findings.jsonl` and `columns.jsonl` exactly as the findings contract says: UTF-8 JSON
/// Lines, sorted by site, check, url, target (columns: site, url), so two exports of one sweep are
/// byte-identical.
///
/// Both sort orders begin with the site id, so the files are written site by site
/// (``ContractWriter``): judged in site-id order, a sweep's verdicts never need to be held together.
public enum ContractExport {
    public struct Written: Sendable {
        public var findingsPath: String
        public var columnsPath: String
        public var findings: Int
        public var columns: Int
    }

    /// Writes the contract files of `verdicts`, in any order, into `directory`.
    public static func write(_ verdicts: [SiteVerdict], to directory: String) throws -> Written {
        let writer = try ContractWriter(directory: directory)
        // A stable sort keeps a site's verdicts (if it had several) in their order, as sorting all findings at once did.
        for verdict in verdicts.sorted(by: { $0.site.id < $1.site.id }) { try writer.append(verdict) }
        return try writer.finish()
    }

    /// Judges the sweep in site-id order, on every core (``SweepJudgement/forEachVerdict(of:_:)``),
    /// and writes its contract files into `directory` as the verdicts come.
    public static func write(_ judgement: SweepJudgement, to directory: String) throws -> Written {
        let writer = try ContractWriter(directory: directory)
        try judgement.forEachVerdict(of: judgement.sitesByID) { _, verdict in try writer.append(verdict) }
        return try writer.finish()
    }

    /// One JSON object per line, keys sorted, slashes unescaped, each line ending in `\n`.
    public static func jsonLines(_ values: [some Encodable]) throws -> Data {
        let encoder = lineEncoder()
        var data = Data()
        for value in values {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        return data
    }

    /// The encoder of every line: keys sorted, slashes unescaped.
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
