import Foundation
import Testing

/// The helpers the end-to-end suites rely on, checked on their own (no processes, no network).
@Suite("End-to-end helpers")
struct SupportTests {
    static let finding = #"{"category":null,"check":"link_broken","column":null,"date":null,"detail":"链接无法打开（HTTP 404）。","error":null,"points":0.2,"severity":"deduct","site_id":"3601000001","status":404,"target":"http://127.0.0.1:40001/a.html","url":"http://127.0.0.1:40001/"}"#
    static let column = #"{"category":"news","items":5,"latest":"2024-01-05","name":"工作动态","site_id":"3601000001","source":"discovered","url":"http://127.0.0.1:40001/col/gzdt/index.html"}"#
    let validator = ContractValidator(siteIDs: ["3601000001", "3602000001"])

    @Test("a contract line passes")
    func contractLinePasses() {
        #expect(validator.problems(findings: [Self.finding]).isEmpty)
        #expect(validator.problems(columns: [Self.column]).isEmpty)
    }

    @Test("missing fields, extra fields, wrong types and unknown values are named")
    func contractViolationsAreNamed() {
        let missing = Self.finding.replacingOccurrences(of: #""error":null,"#, with: "")
        let extra = Self.finding.replacingOccurrences(of: #""error":null,"#, with: #""error":null,"score":1,"#)
        let wrongType = Self.finding.replacingOccurrences(of: #""status":404"#, with: #""status":"404""#)
        let unknownCheck = Self.finding.replacingOccurrences(of: "link_broken", with: "link_dead")
        let badTarget = Self.finding.replacingOccurrences(of: "a.html", with: "a.html (past its bound)")
        let fractionalItems = Self.column.replacingOccurrences(of: #""items":5"#, with: #""items":5.5"#)
        #expect(validator.problems(findings: [missing]).contains { $0.contains("missing fields") && $0.contains("error") })
        #expect(validator.problems(findings: [extra]).contains { $0.contains("not in the contract") && $0.contains("score") })
        #expect(validator.problems(findings: [wrongType]).contains { $0.contains("status is string") })
        #expect(validator.problems(findings: [unknownCheck]).contains { $0.contains("link_dead") })
        #expect(validator.problems(findings: [badTarget]).contains { $0.contains("target") })
        #expect(validator.problems(columns: [fractionalItems]).contains { $0.contains("items is number") })
    }

    @Test("a crashed child's trap message is kept however long its backtrace")
    func crashReportKeepsTheTrap() {
        let frames = (0..<200).map { "\($0) 0x00005555 in frame\($0) at /src/File.swift:\($0)" }
        let log = (["info coordinator : sweep started", "Fatal error: Index out of range", "💣 Program crashed: Illegal instruction at 0x1"] + frames)
            .joined(separator: "\n")
        let report = ChildProcess.crashReport(in: log, lines: 10)
        #expect(report?.hasPrefix("Fatal error: Index out of range") == true)
        #expect(report?.split(separator: "\n").count == 10)
        #expect(ChildProcess.crashReport(in: "info coordinator : sweep finished\n") == nil)
    }

    @Test("lines out of the contract's order are found")
    func orderIsChecked() {
        let later = Self.finding.replacingOccurrences(of: "3601000001", with: "3602000001")
        #expect(validator.problems(findings: [Self.finding, later]).isEmpty)
        #expect(validator.problems(findings: [later, Self.finding]).contains { $0.contains("out of order") })
    }

    @Test("status output is read")
    func statusIsParsed() throws {
        let text = """
            sweep 20240108-101010-ab12  running  as of 2024-01-08
              started   2024-01-08 10:10:10 (Asia/Shanghai)
              sites     3/10 done, 3 in progress, 4 pending
              pages     120 stored in 9 batches; 4 failing or blocked links
              in progress:
                3600000001  江西省人民政府  http://127.0.0.1:42167/  (worker w1, 0 pages, lease 1)
                3602000001  景德镇市人民政府  http://127.0.0.1:37037/  (worker w2-replacement, 25 pages, lease 2)
                3604000001  九江市人民政府  http://127.0.0.1:39429/  (worker w1, 25 pages, lease 1)
              inventory /tmp/inventory.csv
            """
        let status = try #require(SweepStatus.parse(text))
        #expect(status.state == "running")
        #expect((status.sitesDone, status.sitesTotal, status.leased, status.pages) == (3, 10, 3, 120))
        #expect(status.leasesByWorker == ["w1": 2, "w2-replacement": 1])
        #expect(SweepStatus.parse("error: no sweep") == nil)
    }

    @Test("origins are renamed by host index, whole port numbers only")
    func originsAreRenamed() {
        let names = HostNames(address: "127.0.0.1", ports: [4012, 40123])
        #expect(names.rewrite("http://127.0.0.1:40123/a and http://127.0.0.1:4012/b") == "http://host1/a and http://host0/b")
        #expect(names.rewrite("http://127.0.0.1:5000/") == "http://127.0.0.1:5000/")
    }
}
