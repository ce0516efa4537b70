import Foundation
import Testing

extension EndToEnd {
    /// A small province from the independent generator (`scripts/alt-province`, other CMS
    /// families and markup habits than the demo province), swept and scored by `scripts/accuracy`.
    /// The full-size run is `scripts/alt-accuracy` (docs/testing.md), not part of the suite.
    @Suite("Independent province")
    struct AltProvinceTests {
        static let asOf = "2026-11-20"

        @Test("eight sites of scripts/alt-province: every planted defect found, no negative flagged", .timeLimit(.minutes(8)))
        func smallAltProvince() async throws {
            try await ProcessScope.run("alt-province") { scope in
                let port = try FreePort.pick()
                let script = GovSweepBinary.packageRoot.appendingPathComponent("scripts/alt-province").path
                let dir = scope.directory.file("province")
                // 127.0.2.x: away from the demo province (127.0.0.1) and the script's default (127.0.1.x).
                let server = try scope.startExecutable(
                    "alt-province", "/usr/bin/env",
                    ["python3", script, dir, "--sites", "8", "--seed", "5", "--port", "\(port)", "--net", "127.0.2", "--as-of", Self.asOf])
                try await server.waitForLog("serving", timeout: .seconds(20))
                let db = scope.directory.file("sweep.db")
                let sweep = try scope.start("sweep", [
                    "sweep", "--inventory", dir + "/inventory.csv", "--db", db, "--out", scope.directory.file("out"), "--workers", "2",
                    "--as-of", Self.asOf, "--allow-address", "127.0.0.0/8", "--timeout", "5", "--connect-timeout", "2",
                    "--retries", "1", "--probe-spread", "3", "--gap-ms", "50",
                ])
                let exit = try await sweep.waitForExit(timeout: .seconds(100))
                #expect(exit.succeeded, "\(sweep.logTail(lines: 40))")
                _ = try await scope.export(db: db, into: "export")
                let (accuracyExit, accuracy) = try await scope.runScript(
                    "accuracy", ["python3", GovSweepBinary.accuracyScript, dir + "/truth.json", scope.directory.file("export")])
                #expect(accuracyExit.succeeded, "scripts/accuracy (\(accuracyExit)):\n\(accuracy.output)\(accuracy.errorOutput)")
            }
        }
    }
}
