import Foundation

/// Writes a sweep's reports: `sites.csv`, `report.html` and `circular.md`.
public enum ReportWriter {
    /// Writes the three reports into `directory` (created when missing) and returns the paths written.
    public static func write(_ summary: SweepSummary, to directory: String) throws(ReportError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        let files = [
            ("sites.csv", SitesCSV.render(summary)),
            ("report.html", HTMLReport.render(summary)),
            ("circular.md", CircularDraft.render(summary)),
        ]
        var written: [String] = []
        for (name, text) in files {
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

    /// The text of each report by file name, without writing anything.
    public static func render(_ summary: SweepSummary) -> [String: String] {
        [
            "sites.csv": SitesCSV.render(summary),
            "report.html": HTMLReport.render(summary),
            "circular.md": CircularDraft.render(summary),
        ]
    }
}
