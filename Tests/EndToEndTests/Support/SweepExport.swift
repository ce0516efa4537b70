import Foundation

/// The two files of the findings contract, as lines.
struct SweepExport: Sendable, Equatable {
    var findings: [String]
    var columns: [String]
    var findingsData: Data
    var columnsData: Data

    /// Reads `DIR/findings.jsonl` and `DIR/columns.jsonl`.
    init(directory: String) throws {
        func load(_ name: String) throws -> Data {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw EndToEndError.failed(what: "\(path) was not written", log: "")
            }
            return data
        }
        findingsData = try load("findings.jsonl")
        columnsData = try load("columns.jsonl")
        findings = Self.lines(findingsData)
        columns = Self.lines(columnsData)
    }

    private init(findings: [String], columns: [String]) {
        self.findings = findings
        self.columns = columns
        self.findingsData = Data(findings.map { $0 + "\n" }.joined().utf8)
        self.columnsData = Data(columns.map { $0 + "\n" }.joined().utf8)
    }

    /// The same export with every host origin rewritten.
    func rewritingOrigins(_ names: HostNames) -> SweepExport {
        SweepExport(findings: findings.map(names.rewrite), columns: columns.map(names.rewrite))
    }

    /// Lines only in `self` or only in `other` (compared as multisets), at most `limit` of each.
    func differences(from other: SweepExport, limit: Int = 15) -> [String] {
        func difference(_ file: String, _ mine: [String], _ theirs: [String]) -> [String] {
            var counts: [String: Int] = [:]
            for line in mine { counts[line, default: 0] += 1 }
            for line in theirs { counts[line, default: 0] -= 1 }
            let extra = counts.filter { $0.value > 0 }.keys.sorted().prefix(limit).map { "\(file) only here: \($0)" }
            let missing = counts.filter { $0.value < 0 }.keys.sorted().prefix(limit).map { "\(file) missing: \($0)" }
            return missing + extra
        }
        return difference("findings.jsonl", findings, other.findings) + difference("columns.jsonl", columns, other.columns)
    }

    private static func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
