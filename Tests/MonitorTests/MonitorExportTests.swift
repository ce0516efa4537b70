import Foundation
import GRDB
import GovSweepProtocol
import Logging
import Testing
import Monitor

@Suite("Monitor export and the shared database file")
struct MonitorExportTests {
    @Test("findings.jsonl lines are the contract's, in export order, byte-identical on re-export")
    func findingsLines() async throws {
        let sites = Samples.sites(3)
        let prober = FakeProber { site, visit in
            site.id == sites[0].id ? FakeProber.up() : (visit % 10 == 0 ? FakeProber.down() : FakeProber.up(
                [Samples.item("工作动态", "2026-09-0\(1 + visit % 9)")]))
        }
        let path = Samples.databasePath()
        let settings = MonitorSettings(days: 7, perDay: 24, seed: 1, concurrency: 4)
        try await MonitorService(
            store: try MonitorStore(path: path), sites: sites, settings: settings, prober: prober,
            clock: VirtualClock(start: Samples.start), logger: Logger(label: "test.monitor")
        ).run()

        let directory = (path as NSString).deletingLastPathComponent + "/out"
        let written = try MonitorExport.write(db: path, to: directory)
        let first = try Data(contentsOf: URL(fileURLWithPath: directory + "/findings.jsonl"))
        try MonitorExport.write(db: path, to: directory)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/findings.jsonl")) == first)

        let lines = String(decoding: first, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == written && written == 2)
        let findings = try lines.map { try JSONDecoder().decode(Finding.self, from: Data($0.utf8)) }
        #expect(findings == findings.sorted(by: Finding.exportOrder))
        #expect(findings.map(\.siteID) == [sites[1].id, sites[2].id])
        #expect(findings.allSatisfy { $0.check == .siteUnreachable && $0.severity == .veto && $0.error == .timeout })
        let line = String(lines[0])
        #expect(line.hasPrefix("{\"category\":null,\"check\":\"site_unreachable\",\"column\":null,\"date\":null,"))
        #expect(line.contains("\"url\":\"http://site2.example.gov.cn/\""), "slashes are not escaped")
        #expect(line.contains("监测期内首页访问失败17/168次（10.1%），超过5%的单项否决线"))
    }

    @Test("the monitor's tables live beside another migrator's in one SQLite file")
    func sharedFile() throws {
        let path = Samples.databasePath()
        // The coordinator's migrator, as it would have run first on the sweeps' file.
        let queue = try DatabaseQueue(path: path)
        var sweeps = DatabaseMigrator()
        sweeps.registerMigration("v1") { db in
            try db.execute(sql: "CREATE TABLE sweeps (id TEXT PRIMARY KEY)")
        }
        try sweeps.migrate(queue)
        try queue.close()

        #expect(!MonitorStore.holdsMonitorRuns(path: path))
        #expect(try MonitorExport.latestVerdicts(db: path).isEmpty)
        let store = try MonitorStore(path: path)
        _ = try store.startRun(sites: Samples.sites(2), settings: MonitorSettings(), at: Samples.start)
        #expect(MonitorStore.holdsMonitorRuns(path: path))

        let again = try DatabaseQueue(path: path)
        try sweeps.migrate(again)
        let applied = try again.read { try sweeps.appliedIdentifiers($0) }
        #expect(applied == ["v1", "monitor-v1"], "both migrators' identifiers, neither disturbing the other")
        let tables = try again.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'monitor_%' ORDER BY name")
        }
        #expect(tables == ["monitor_probes", "monitor_runs", "monitor_snapshots"])
        #expect(try MonitorStore(path: path).latestRun()?.sites.count == 2)
    }

    @Test("a missing database is an error that says what to do")
    func missingDatabase() {
        #expect(throws: MonitorStoreError.self) {
            try MonitorExport.latestVerdicts(db: "/nonexistent/monitor.db")
        }
        #expect(MonitorStoreError.missing(path: "x.db").description.contains("govsweep monitor"))
    }
}
