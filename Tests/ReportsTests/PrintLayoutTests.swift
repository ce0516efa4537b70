import Foundation
import Testing
@testable import Reports

/// Prints report.html to PDF in headless Chromium and reads the pages back with pdftotext:
/// A4 pages, the summary on the first page (no empty first page), the site table on its own page
/// with every site (the screen filter does not hide rows on paper).
@Suite("report.html printed by headless Chromium")
struct PrintLayoutTests {
    @Test("the printed report is A4, starts with the summary, and lists every site")
    func printedPages() throws {
        guard let chromium = ChromiumRenderTests.chromium() else {
            Issue.record("chromium is not installed: run scripts/setup (it installs Debian's chromium package)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-print-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = try ReportWriter.write(SampleSweep.summary, to: dir)
        let html = try #require(paths.first { $0.hasSuffix("report.html") })
        let pdf = dir + "/report.pdf"
        _ = try ProgramOutput.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir)/profile", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
        ])
        let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let text = String(decoding: data, as: UTF8.self)
        let boxes = text.components(separatedBy: "/MediaBox").dropFirst().map { String($0.prefix(40)) }
        try #require(!boxes.isEmpty, "no pages in the PDF")
        #expect(boxes.allSatisfy { $0.contains("594.9") && $0.contains("841.9") }, "A4 pages: \(boxes)")

        let first = try ProgramOutput.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"])
        try #require(!first.isEmpty, "pdftotext is not installed or read nothing: run scripts/setup (poppler-utils)")
        #expect(first.contains("政府网站检查报告") && first.contains("总体情况") && first.contains("检查网站"))
        let second = try ProgramOutput.run("pdftotext", ["-f", "2", "-l", "2", pdf, "-"])
        #expect(second.hasPrefix("网站一览"), "the site table starts a page: \(second.prefix(80))")
        for id in ["3611000003", "3611270001", "3607210002", "3607000001", "bm01000001"] {
            #expect(second.contains(id), "\(id) printed in the table")
        }
    }
}
