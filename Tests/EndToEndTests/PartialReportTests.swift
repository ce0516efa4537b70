import Foundation
import Testing

extension EndToEnd {
    /// `govsweep report` on a sweep that never finished: the reports say 未完成 and count nothing
    /// that was not judged, and the command fails unless `--partial` accepts that. A rules file
    /// saved from `govsweep rules` loads as it is.
    @Suite("Reports of an interrupted sweep")
    struct PartialReportTests {
        @Test("report on an interrupted sweep: 未完成, no pass rate over unjudged sites, exit 3 unless --partial", .timeLimit(.minutes(8)))
        func interruptedSweep() async throws {
            try await ProcessScope.run("partial-report") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    // A sweep created and served, but no worker ever comes: no site is judged.
                    let coordinator = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    await coordinator.killAndWait()

                    let out = scope.directory.file("report")
                    let (exit, report) = try await scope.run("report", ["report", "--db", cluster.db, "--out", out])
                    #expect(exit.status == 3 && !exit.signalled, "\(report.logTail())")
                    #expect(report.errorOutput.contains("has not finished: 0 of"), "\(report.logTail())")
                    let circular = try String(contentsOfFile: out + "/circular.md", encoding: .utf8)
                    #expect(circular.contains("检查情况的通报（未完成）"))
                    #expect(circular.contains("本次检查网站0个，合格0个"))
                    #expect(circular.contains("已完成检查0个"))
                    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
                    #expect(html.contains("<h1>政府网站检查报告（未完成）</h1>"))
                    let csv = try String(contentsOfFile: out + "/sites.csv", encoding: .utf8)
                    let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                    #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(",未检查,") && $0.contains("（未完成）") })
                    for name in ["sites.xlsx", "circular.docx"] {
                        #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
                    }

                    // `govsweep rules > r.json` gives a file `--rules` takes; a name of its own shows in the reports.
                    let (rulesExit, rules) = try await scope.run("rules", ["rules"])
                    #expect(rulesExit.succeeded, "\(rules.logTail())")
                    let named = rules.output.replacingOccurrences(
                        of: "\"name\" : \"国办秘函〔2019〕19号 默认规则\"", with: "\"name\" : \"江西省2024年第一季度\"")
                    try #require(named != rules.output, "the rules JSON has no built-in name to replace: \(rules.output.prefix(200))")
                    let rulesFile = try scope.directory.write(named, to: "r.json")
                    let (partialExit, partial) = try await scope.run(
                        "report-partial", ["report", "--db", cluster.db, "--out", out, "--partial", "--rules", rulesFile])
                    #expect(partialExit.succeeded, "\(partial.logTail())")
                    let renamed = try String(contentsOfFile: out + "/circular.md", encoding: .utf8)
                    #expect(renamed.contains("规则：江西省2024年第一季度（哈希 "))
                }
            }
        }
    }
}
