import ChannelSecurity
import GovSweepProtocol
import Logging
import NIOCore
import TestSupport
import Testing
@testable import Coordinator
@testable import Worker

/// The coordinator–worker channel over TLS on loopback, with a throwaway CA made by `openssl`.
@Suite("TLS over loopback TCP", .timeLimit(.minutes(10)))
struct TLSOverTCPTests {
    /// Runs `body` with fresh certificates and removes them afterwards.
    static func withCertificates<T>(_ body: (TestCertificates) async throws -> T) async throws -> T {
        let pki = try TestCertificates.make()
        defer { pki.remove() }
        return try await body(pki)
    }

    static func coordinatorTLS(_ pki: TestCertificates, requireClientCertificate: Bool = false) throws -> CoordinatorTLS {
        try CoordinatorTLS(
            certificate: pki.coordinatorCertificate, key: pki.coordinatorKey, clientCA: requireClientCertificate ? pki.caCertificate : nil,
            requireClientCertificate: requireClientCertificate)
    }

    /// One connection attempt of a worker: the error that ended it, and whether the handshake completed.
    static func attempt(_ configuration: WorkerConfiguration) async -> (error: (any Error)?, established: Bool) {
        let worker = WorkerService(configuration: configuration, crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
        let (assignments, sink) = AsyncStream<LeasedWork>.makeStream()
        var established = false
        do {
            _ = try await worker.connectOnce(sink, onEstablished: { established = true })
            sink.finish()
            return (nil, established)
        } catch {
            sink.finish()
            for await _ in assignments { Issue.record("a refused worker received work") }
            return (error, established)
        }
    }

    @Test("a worker that trusts the CA joins over TLS, crawls and is told the sweep is over")
    func sweepOverTLS() async throws {
        try await Self.withCertificates { pki in
            let harness = try await Harness.make(sites: Harness.sites(3), tls: try Self.coordinatorTLS(pki))
            let tls = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "127.0.0.1")
            try await harness.serving {
                let worker = WorkerService(
                    configuration: harness.workerConfiguration(id: "w-tls", tls: tls), crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
                try await worker.run()
            }
            #expect(await harness.coordinator.isComplete)
            #expect(try harness.store.counts(sweepID: "sweep-tls").pages == 15)
        }
    }

    @Test("a worker rejects a coordinator whose certificate another CA signed (a man in the middle)")
    func impostorCoordinator() async throws {
        try await Self.withCertificates { pki in
            let impostor = try CoordinatorTLS(certificate: pki.impostorCertificate, key: pki.impostorKey, clientCA: nil, requireClientCertificate: false)
            let harness = try await Harness.make(sites: Harness.sites(1), tls: impostor)
            let tls = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "127.0.0.1")
            let outcome = try await harness.serving { await Self.attempt(harness.workerConfiguration(id: "w-mitm", tls: tls)) }
            #expect(outcome.error != nil)
            #expect(!outcome.established)
            #expect(await harness.coordinator.progress.leased == 0)
        }
    }

    // The certificate must carry no IP address entry: swift-nio-ssl also accepts an entry that
    // matches the address connected to.
    @Test("a worker rejects a coordinator certificate that does not carry the expected name")
    func wrongName() async throws {
        try await Self.withCertificates { pki in
            let named = try CoordinatorTLS(certificate: pki.namedOnlyCertificate, key: pki.namedOnlyKey, clientCA: nil, requireClientCertificate: false)
            let harness = try await Harness.make(sites: Harness.sites(1), tls: named)
            let tls = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: "elsewhere.test", coordinatorHost: "127.0.0.1")
            let outcome = try await harness.serving { await Self.attempt(harness.workerConfiguration(id: "w-name", tls: tls)) }
            #expect(outcome.error != nil)
            #expect(!outcome.established)
            #expect(await harness.coordinator.progress.leased == 0)
        }
    }

    @Test("with client certificates required, a worker without one is refused before any work")
    func clientCertificateRequired() async throws {
        try await Self.withCertificates { pki in
            let harness = try await Harness.make(sites: Harness.sites(2), tls: try Self.coordinatorTLS(pki, requireClientCertificate: true))
            let anonymous = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "127.0.0.1")
            let identified = try WorkerTLS(
                ca: pki.caCertificate, certificate: pki.workerCertificate, key: pki.workerKey, serverName: nil, coordinatorHost: "127.0.0.1")
            // One serving run (a server runs once): first the worker without a certificate, then one with.
            let (outcome, leasedAfterRefusal) = try await harness.serving {
                let outcome = await Self.attempt(harness.workerConfiguration(id: "w-anon", tls: anonymous))
                let leased = await harness.coordinator.progress.leased
                let worker = WorkerService(
                    configuration: harness.workerConfiguration(id: "w-mtls", tls: identified), crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
                try await worker.run()
                return (outcome, leased)
            }
            #expect(outcome.error != nil)
            #expect(!outcome.established)
            #expect(leasedAfterRefusal == 0)
            #expect(await harness.coordinator.isComplete)
        }
    }

    @Test("with client certificates required, a certificate from another CA is refused")
    func foreignClientCertificate() async throws {
        try await Self.withCertificates { pki in
            let harness = try await Harness.make(sites: Harness.sites(1), tls: try Self.coordinatorTLS(pki, requireClientCertificate: true))
            // The impostor's certificate is for serverAuth and signed by the other CA.
            let foreign = try WorkerTLS(
                ca: pki.caCertificate, certificate: pki.impostorCertificate, key: pki.impostorKey, serverName: nil, coordinatorHost: "127.0.0.1")
            let outcome = try await harness.serving { await Self.attempt(harness.workerConfiguration(id: "w-foreign", tls: foreign)) }
            #expect(outcome.error != nil)
            #expect(!outcome.established)
            #expect(await harness.coordinator.progress.leased == 0)
        }
    }

    @Test("over TLS, a worker with the wrong token is still refused by the token handshake")
    func wrongTokenOverTLS() async throws {
        try await Self.withCertificates { pki in
            let harness = try await Harness.make(sites: Harness.sites(1), tls: try Self.coordinatorTLS(pki))
            let tls = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "127.0.0.1")
            let configuration = harness.workerConfiguration(id: "w-token", tls: tls, token: try SharedToken("not-the-right-token-at-all"))
            let outcome = try await harness.serving { await Self.attempt(configuration) }
            guard case .rejected(let reject)? = outcome.error as? HandshakeError else {
                Issue.record("expected a reject, got \(String(describing: outcome.error))")
                return
            }
            #expect(reject.reason == .badProof)
            #expect(!outcome.established)
            #expect(await harness.coordinator.progress.leased == 0)
        }
    }

    @Test("a plain-TCP peer talking to a TLS coordinator reads no protocol message")
    func plainPeer() async throws {
        try await Self.withCertificates { pki in
            let harness = try await Harness.make(sites: Harness.sites(1), tls: try Self.coordinatorTLS(pki))
            var hello = ByteBuffer()
            let message = Message.hello(Hello(workerID: "w-plain", host: "test", version: ProtocolVersion.software, capacity: 1, pendingBatches: 0))
            try FrameDecoder.writeFrame(try MessageCoder().encode(message), into: &hello, maximum: 1 << 20)
            let frame = Array(hello.readableBytesView)
            let received = try await harness.serving {
                try await RawPeer.connect(port: harness.server.boundPort).exchange(frame)
            }
            #expect(((try? RawPeer.messages(in: received)) ?? []).isEmpty)
            #expect(await harness.coordinator.progress.leased == 0)
        }
    }
}
