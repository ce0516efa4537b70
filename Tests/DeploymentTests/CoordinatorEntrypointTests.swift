import Foundation
import Testing

/// docker/coordinator-entrypoint.sh (the image's `govsweep-coordinator`), run with a stand-in
/// `govsweep` on its PATH that prints the arguments it was given, one per line.
@Suite("Coordinator entrypoint")
struct CoordinatorEntrypointTests {
    static let script = KubernetesManifestTests.repository.appendingPathComponent("docker/coordinator-entrypoint.sh").path

    /// A directory with the stand-in and the database's place; removed when the test ends.
    final class Sandbox {
        let path: String

        init() throws {
            path = NSTemporaryDirectory() + "govsweep-entrypoint-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path + "/bin", withIntermediateDirectories: true)
            let standIn = path + "/bin/govsweep"
            try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n".write(toFile: standIn, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Runs the entrypoint; its exit status, the stand-in's arguments and the script's errors.
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, arguments: [String], errors: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = [CoordinatorEntrypointTests.script] + arguments
            process.environment = ["PATH": path + "/bin:/usr/bin:/bin", "GOVSWEEP_DB": path + "/govsweep.db"]
                .merging(environment) { $1 }
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, printed.split(separator: "\n").map(String.init), errorText)
        }
    }

    static let tls = [
        "GOVSWEEP_TLS_CERT": "/tls/coordinator.pem", "GOVSWEEP_TLS_KEY": "/tls/coordinator.key",
        "GOVSWEEP_TLS_CA": "/tls/ca.pem", "GOVSWEEP_TLS_REQUIRE_CLIENT_CERT": "1",
    ]

    @Test("the first start creates the sweep with its options; every later start resumes it")
    func firstStartThenResume() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run(["--inventory", "/etc/govsweep/inventory.csv", "--as-of", "2026-11-20"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.arguments.first == "coordinator")
        #expect(first.arguments.suffix(4) == ["--inventory", "/etc/govsweep/inventory.csv", "--as-of", "2026-11-20"])
        #expect(!first.arguments.contains("--resume"))
        #expect(FileManager.default.fileExists(atPath: sandbox.path + "/govsweep.db.started"))

        let again = try sandbox.run(["--inventory", "/etc/govsweep/inventory.csv", "--as-of", "2026-11-20"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.arguments.contains("--resume"))
        #expect(!again.arguments.contains("--inventory"), "a resumed sweep keeps its stored options")
        #expect(again.errors.contains("resuming the sweep"))
    }

    @Test("TLS settings reach the coordinator on the first start and on every resume")
    func tlsOnStartAndResume() throws {
        let sandbox = try Sandbox()
        for run in 1...2 {
            let result = try sandbox.run(["--inventory", "/etc/govsweep/inventory.csv"], environment: Self.tls)
            #expect(result.status == 0, "\(result.errors)")
            let arguments = result.arguments
            func value(of option: String) -> String? {
                arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
            }
            #expect(value(of: "--tls-cert") == "/tls/coordinator.pem", "run \(run): \(arguments)")
            #expect(value(of: "--tls-key") == "/tls/coordinator.key", "run \(run): \(arguments)")
            #expect(value(of: "--tls-ca") == "/tls/ca.pem", "run \(run): \(arguments)")
            #expect(arguments.contains("--tls-require-client-cert"), "run \(run): \(arguments)")
            #expect(arguments.contains("--resume") == (run == 2))
        }
    }

    @Test("half a TLS setting stops the start with a message naming what is missing")
    func incompleteTLSIsRefused() throws {
        let sandbox = try Sandbox()
        let certificateOnly = try sandbox.run(["--inventory", "x.csv"], environment: ["GOVSWEEP_TLS_CERT": "/tls/c.pem"])
        #expect(certificateOnly.status == 64)
        #expect(certificateOnly.arguments.isEmpty, "the coordinator must not start")
        #expect(certificateOnly.errors.contains("GOVSWEEP_TLS_KEY"))
        let requireWithoutCA = try sandbox.run(["--inventory", "x.csv"], environment: ["GOVSWEEP_TLS_REQUIRE_CLIENT_CERT": "1"])
        #expect(requireWithoutCA.status == 64)
        #expect(requireWithoutCA.errors.contains("GOVSWEEP_TLS_CA"))
        let unclear = try sandbox.run(["--inventory", "x.csv"], environment: ["GOVSWEEP_TLS_REQUIRE_CLIENT_CERT": "yes"])
        #expect(unclear.status == 64)
        #expect(!FileManager.default.fileExists(atPath: sandbox.path + "/govsweep.db.started"), "a refused start leaves no marker")
    }
}
