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
        let files = try files(summary)
        var written: [String] = []
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                try files[name]!.write(to: URL(fileURLWithPath: path), options: .atomic)
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
        var files = render(summary).mapValues { Data($0.utf8) }
        let stamp = summary.finishedAt ?? summary.startedAt
        let created = ReportText.utcTimestamp(stamp)
        let modified = Date(timeIntervalSince1970: stamp)
        do {
            files["circular.docx"] = try WordDocument.data(CircularDocument.sweep(summary), created: created, modified: modified)
            files["sites.xlsx"] = try SitesWorkbook.data(summary, created: created, modified: modified)
        } catch {
            throw .cannotWrite(path: "circular.docx / sites.xlsx", reason: "\(error)")
        }
        return files
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
