import Foundation
import Testing
@testable import Reports

/// Renders report.html in a real headless Chromium and reads the DOM after its inline script ran.
@Suite("report.html in headless Chromium")
struct ChromiumRenderTests {
    /// The Chromium binary on PATH, or nil.
    static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The DOM Chromium holds after loading `url`.
    static func dumpDOM(_ url: String, chromium: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        return try ProgramOutput.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--dump-dom", url,
        ])
    }

    @Test("the rendered page shows the figures, the filtered and sorted table, and the drill-down anchors")
    func renderedDOM() throws {
        guard let chromium = Self.chromium() else {
            Issue.record("chromium is not installed: run scripts/setup (it installs Debian's chromium package)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-dom-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = try ReportWriter.write(SampleSweep.summary, to: dir)
        let html = try #require(paths.first { $0.hasSuffix("report.html") })
        let dom = try Self.dumpDOM(URL(fileURLWithPath: html).absoluteString, chromium: chromium)
        try #require(dom.contains("<table id=\"site-table\">"), "Chromium rendered no report: \(dom.prefix(300))")

        #expect(dom.contains("<span class=\"value\" id=\"fig-checked\">5</span>"))
        #expect(dom.contains("<span class=\"value\" id=\"fig-pass-rate\">60.0%</span>"))
        // Written by the inline script: the default filter shows the failing sites only.
        #expect(dom.contains("<span id=\"table-count\">显示 2 / 5 个网站，其中合格 0 个</span>"))
        #expect(dom.contains("<th data-key=\"score\" data-type=\"number\" aria-sort=\"ascending\">"))
        // The script sorted rows by score: the two vetoed sites (0) first, in id order, then the passing ones.
        let rowIDs = dom.components(separatedBy: "<tr data-id=\"").dropFirst().map { $0.prefix(10) }
        #expect(rowIDs == ["3607000001", "bm01000001", "3607210002", "3611270001", "3611000003"])
        let hiddenRows = dom.components(separatedBy: "<tr ").filter { $0.contains("data-passed=\"1\"") && $0.contains(" hidden=\"\"") }
        #expect(hiddenRows.count == 3)
        for id in ["3611000003", "3611270001", "3607000001", "bm01000001", "3607210002"] {
            #expect(dom.contains("<section class=\"site\" id=\"site-\(id)\">"))
        }
        #expect(!dom.contains("<script>alert"))
    }
}
