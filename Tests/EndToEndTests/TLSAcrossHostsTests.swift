import DemoProvince
import Foundation
import GovSweepProtocol
import TestSupport
import Testing

extension EndToEnd {
    /// The coordinator serves workers on other hosts over mutual TLS: workers with certificates of
    /// the sweep's CA join (by address, and by name with `--tls-server-name`); a worker without a
    /// certificate and a worker with the wrong token are refused and get no work; the export
    /// equals a one-machine sweep of the same province.
    @Suite("TLS across hosts (network namespaces)")
    struct TLSAcrossHostsTests {
        static let coordinatorPort = 7400

        @Test("mutual TLS between namespaces: certified workers sweep, intruders are refused", .timeLimit(.minutes(8)))
        func tlsSweepAcrossNamespaces() async throws {
            try await NetworkTopology.with { topology in
                let pki = try TestCertificates.make(addresses: [topology.coordinator.address])
                defer { pki.remove() }
                try await ProcessScope.run("netns-tls") { scope in
                    let files = scope.directory.file("province")
                    let province = try scope.start(
                        "province",
                        ["province", "serve", "--sites", "\(TestProvince.spec.sites)", "--seed", "\(TestProvince.spec.seed)",
                         "--as-of", TestProvince.asOf.iso, "--pages-per-site", "\(TestProvince.spec.pagesPerSite)",
                         "--latency-ms", "20-60", "--out", files, "--host", topology.province.address],
                        namespace: topology.province.namespace)
                    try await province.waitForLog("serving", timeout: .seconds(30))
                    let inventory = (files as NSString).appendingPathComponent("inventory.csv")

                    let baselineDB = scope.directory.file("baseline.db")
                    let (baselineExit, baseline) = try await scope.run(
                        "baseline",
                        ["sweep", "--inventory", inventory, "--db", baselineDB, "--out", scope.directory.file("baseline-out"), "--workers", "2"]
                            + TestProvince.sweepOptions,
                        timeout: .seconds(100), namespace: topology.coordinator.namespace)
                    try #require(baselineExit.succeeded, "\(baseline.logTail())")
                    let expected = try await scope.export(db: baselineDB, into: "baseline-export")

                    let cluster = try Cluster(scope: scope, host: topology.coordinator.address, port: Self.coordinatorPort)
                    let coordinator = try scope.start(
                        "coordinator",
                        ["coordinator", "--inventory", inventory, "--listen", cluster.address, "--token-file", cluster.tokenFile,
                         "--db", cluster.db, "--out", cluster.out, "--tls-cert", pki.coordinatorCertificate, "--tls-key", pki.coordinatorKey,
                         "--tls-ca", pki.caCertificate, "--tls-require-client-cert"] + TestProvince.sweepOptions,
                        namespace: topology.coordinator.namespace)
                    try await coordinator.waitForLog("serving sweep", timeout: .seconds(30))

                    func worker(_ id: String, namespace: String, extra: [String], tokenFile: String? = nil) throws -> ChildProcess {
                        try scope.start(
                            id,
                            ["worker", "--coordinator", cluster.address, "--token-file", tokenFile ?? cluster.tokenFile, "--capacity", "16",
                             "--id", id, "--log-level", "info", "--tls-ca", pki.caCertificate] + extra,
                            namespace: namespace)
                    }
                    // Intruders first, while every site is still to be done.
                    let anonymous = try worker("anonymous", namespace: topology.secondWorker.namespace, extra: [])
                    try await anonymous.waitForLog("cannot reach the coordinator", timeout: .seconds(30))
                    let wrongToken = try worker(
                        "wrong-token", namespace: topology.secondWorker.namespace,
                        extra: ["--tls-cert", pki.workerCertificate, "--tls-key", pki.workerKey],
                        tokenFile: try scope.directory.write(Cluster.randomToken(), to: "wrong-token"))
                    let refused = try await wrongToken.waitForExit(timeout: .seconds(30))
                    #expect(!refused.succeeded, "a worker with the wrong token must be refused: \(wrongToken.logTail())")
                    let before = try #require(try await scope.status(db: cluster.db))
                    #expect(before.leased == 0 && before.pages == 0, "an intruder got work: \(before)")
                    await anonymous.killAndWait()

                    let byAddress = try worker(
                        "w1", namespace: topology.firstWorker.namespace, extra: ["--tls-cert", pki.workerCertificate, "--tls-key", pki.workerKey])
                    let byName = try worker(
                        "w2", namespace: topology.secondWorker.namespace,
                        extra: ["--tls-cert", pki.workerCertificate, "--tls-key", pki.workerKey, "--tls-server-name", "coordinator.test"])

                    let exit = try await coordinator.waitForExit(timeout: .seconds(120))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    for certified in [byAddress, byName] {
                        let ended = try await certified.waitForExit(timeout: .seconds(20))
                        #expect(ended.succeeded, "\(certified.logTail())")
                    }
                    let joined = coordinator.errorOutput.split(separator: "\n").filter { $0.contains("worker joined") }
                    for id in ["w1", "w2"] {
                        // The coordinator quotes what a peer sent (its worker id) in the log.
                        #expect(joined.contains { $0.contains("worker=\"\(id)\"") }, "\(id) must have joined over TLS")
                    }
                    for intruder in ["anonymous", "wrong-token"] {
                        #expect(!joined.contains { $0.contains("worker=\"\(intruder)\"") }, "\(intruder) must never have joined")
                    }
                    let differences = try await cluster.export().differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }
    }
}
