import Foundation
import Testing

/// `scripts/accuracy` run on small hand-written exports in Tests/Fixtures/accuracy/.
@Suite("scripts/accuracy")
struct AccuracyScriptTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/accuracy")

    /// Runs the script on `export` and returns its exit status and standard output.
    static func run(_ export: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", repository.appendingPathComponent("scripts/accuracy").path,
            fixtures.appendingPathComponent("truth.json").path, fixtures.appendingPathComponent(export).path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every planted defect found: exit 0, precision counts the false alarm, URLs compared normalised")
    func allFound() throws {
        let (status, output) = try Self.run("all-found")
        #expect(status == 0, "\(output)")
        #expect(output.contains("PASS: 0 planted defect(s) missed, 0 negative(s) flagged"))
        #expect(output.contains("false alarm: 3611000003 link_blocked"))
        #expect(output.contains("columns with exact latest date: 2/2"))
    }

    @Test("a missed defect: exit 1 with the miss named")
    func missed() throws {
        let (status, output) = try Self.run("missed")
        #expect(status == 1)
        #expect(output.contains("missed: 3611000003 date_in_future"))
        #expect(output.contains("columns with exact latest date: 1/2"))
    }

    @Test("a flagged negative (403 reported as broken): exit 1 with the negative named")
    func negativeFlagged() throws {
        let (status, output) = try Self.run("negative-flagged")
        #expect(status == 1)
        #expect(output.contains("negatives flagged: 1"))
        #expect(output.contains("flagged: 3611000003 link_broken"))
    }

    @Test("a missing export: exit 2 and a message that says what to do")
    func missingExport() throws {
        let (status, output) = try Self.run("no-such-export")
        #expect(status == 2)
        #expect(output.contains("export the sweep first"))
    }
}
