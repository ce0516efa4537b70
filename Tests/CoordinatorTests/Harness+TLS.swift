import ChannelSecurity
import Foundation
import GovSweepProtocol
import Logging
import Worker
@testable import Coordinator

extension Harness {
    /// A harness whose server speaks TLS with `tls`.
    static func make(sites: [Site], tls: CoordinatorTLS) async throws -> Harness {
        let directory = temporaryDirectory()
        let store = try SweepStore(path: directory + "/govsweep.db")
        let sweep = SweepRecord(
            id: "sweep-tls", createdAt: 0, state: .running, settings: SweepSettings(asOf: asOf, allowPrivate: true), options: SweepOptions())
        try store.createSweep(sweep, sites: sites, columns: [:])
        let configuration = CoordinatorConfiguration(
            host: "127.0.0.1", port: 0, token: token, handshakeTimeoutSeconds: 5, heartbeatSeconds: 0.2, leaseSeconds: 30, tls: tls)
        let coordinator = try SweepCoordinator(
            store: store, sweep: sweep, configuration: configuration, logger: Logger(label: "test.coordinator"),
            clock: { Date().timeIntervalSince1970 }, leasePrefix: UUID().uuidString.prefix(8).lowercased())
        let server = try await CoordinatorServer(configuration: configuration, host: coordinator, logger: Logger(label: "test.server"))
        return Harness(directory: directory, store: store, coordinator: coordinator, server: server)
    }

    /// A worker configuration that reaches this harness's server at `host` over `tls`.
    func workerConfiguration(id: String, tls: WorkerTLS?, token: SharedToken = Harness.token) -> WorkerConfiguration {
        var configuration = workerConfiguration(id: id, token: token)
        configuration.tls = tls
        return configuration
    }
}
