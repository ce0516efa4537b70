import Foundation

/// Writes a sweep's reports: `sites.csv`, `sites.xlsx`, `report.html`, `circular.md` and `circular.docx`.
public enum ReportWriter {
    /// The file names `write` produces, in order.
    public static let fileNames = ["sites.csv", "sites.xlsx", "report.html", "circular.md", "circular.docx"]

    /// Writes the reports into `directory` (created when missing) and returns the paths written.
    public static func write(_ summary: SweepSummary, to directory: String) throws(ReportError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        // One report at a time: each is made, written and let go before the next.
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            let data = try file(name, summary)
            do {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }

    /// The text of each text report by file name, without writing anything.
    public static func render(_ summary: SweepSummary) -> [String: String] {
        [
            "sites.csv": SitesCSV.render(summary),
            "report.html": HTMLReport.render(summary),
            "circular.md": CircularDraft.render(summary),
        ]
    }

    /// Every report's bytes by file name, the Office files included.
    public static func files(_ summary: SweepSummary) throws(ReportError) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in fileNames { files[name] = try file(name, summary) }
        return files
    }

    /// The bytes of the report `name` (one of ``fileNames``).
    static func file(_ name: String, _ summary: SweepSummary) throws(ReportError) -> Data {
        let stamp = summary.finishedAt ?? summary.startedAt
        let created = ReportText.utcTimestamp(stamp)
        let modified = Date(timeIntervalSince1970: stamp)
        do {
            switch name {
            case "sites.csv": return Data(SitesCSV.render(summary).utf8)
            case "report.html": return Data(HTMLReport.render(summary).utf8)
            case "circular.md": return Data(CircularDraft.render(summary).utf8)
            case "circular.docx": return try WordDocument.data(CircularDocument.sweep(summary), created: created, modified: modified)
            case "sites.xlsx": return try SitesWorkbook.data(summary, created: created, modified: modified)
            default: throw ReportError.cannotWrite(path: name, reason: "not a report GovSweep writes")
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw .cannotWrite(path: name, reason: "\(error)")
        }
    }
}

extension ReportWriter {
    /// Writes `diff.csv` and `report.html` (the later sweep's report, its `recheck` section filled)
    /// into `directory` and returns the paths written.
    public static func writeComparison(_ summary: SweepSummary, diff: SweepDiff, to directory: String) throws(ReportError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        for (name, text) in [("diff.csv", diff.renderCSV()), ("report.html", HTMLReport.render(summary))] {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }
}
