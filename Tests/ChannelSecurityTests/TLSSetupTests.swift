import ChannelSecurity
import Foundation
import TestSupport
import Testing

/// Building TLS contexts from the operator's files: what works, and what each mistake says.
@Suite("TLS setup from PEM files")
struct TLSSetupTests {
    static func withCertificates(_ body: (TestCertificates) throws -> Void) throws {
        let pki = try TestCertificates.make()
        defer { pki.remove() }
        try body(pki)
    }

    @Test("the coordinator's files load, with and without a client CA")
    func coordinatorLoads() throws {
        try Self.withCertificates { pki in
            let plain = try CoordinatorTLS(certificate: pki.coordinatorCertificate, key: pki.coordinatorKey, clientCA: nil, requireClientCertificate: false)
            #expect(plain.clientCertificates == .notAsked)
            let optional = try CoordinatorTLS(
                certificate: pki.coordinatorCertificate, key: pki.coordinatorKey, clientCA: pki.caCertificate, requireClientCertificate: false)
            #expect(optional.clientCertificates == .verifiedIfPresented)
            let mutual = try CoordinatorTLS(
                certificate: pki.coordinatorCertificate, key: pki.coordinatorKey, clientCA: pki.caCertificate, requireClientCertificate: true)
            #expect(mutual.clientCertificates == .required)
        }
    }

    @Test("a missing certificate file names the option, the path and what to check")
    func missingFile() throws {
        try Self.withCertificates { pki in
            let missing = pki.file("no-such.pem")
            let error = #expect(throws: TLSSetupError.self) {
                _ = try CoordinatorTLS(certificate: missing, key: pki.coordinatorKey, clientCA: nil, requireClientCertificate: false)
            }
            guard case .unreadableFile(let option, let path, _) = error else {
                Issue.record("expected unreadableFile, got \(String(describing: error))")
                return
            }
            #expect(option == "--tls-cert")
            #expect(path == missing)
            #expect(error?.description.contains("check the path") == true)
        }
    }

    @Test("a file without a PEM certificate is refused as such")
    func notACertificate() throws {
        try Self.withCertificates { pki in
            let garbage = pki.file("garbage.pem")
            try "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n".write(toFile: garbage, atomically: true, encoding: .utf8)
            let error = #expect(throws: TLSSetupError.self) {
                _ = try WorkerTLS(ca: garbage, certificate: nil, key: nil, serverName: nil, coordinatorHost: "127.0.0.1")
            }
            #expect(error == .noCertificate(option: "--tls-ca", path: garbage))
            #expect(error?.description.contains("BEGIN CERTIFICATE") == true)
        }
    }

    @Test("a key file holding a certificate is refused as no private key")
    func notAKey() throws {
        try Self.withCertificates { pki in
            let error = #expect(throws: TLSSetupError.self) {
                _ = try CoordinatorTLS(
                    certificate: pki.coordinatorCertificate, key: pki.coordinatorCertificate, clientCA: nil, requireClientCertificate: false)
            }
            #expect(error == .noPrivateKey(option: "--tls-key", path: pki.coordinatorCertificate))
        }
    }

    @Test("a key that is not the certificate's own is refused")
    func mismatchedKey() throws {
        try Self.withCertificates { pki in
            let error = #expect(throws: TLSSetupError.self) {
                _ = try CoordinatorTLS(certificate: pki.coordinatorCertificate, key: pki.workerKey, clientCA: nil, requireClientCertificate: false)
            }
            guard case .unusableIdentity = error else {
                Issue.record("expected unusableIdentity, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("the key is the certificate's own") == true)
        }
    }

    @Test("requiring client certificates without a CA to check them is refused")
    func requireWithoutCA() throws {
        try Self.withCertificates { pki in
            let error = #expect(throws: TLSSetupError.self) {
                _ = try CoordinatorTLS(certificate: pki.coordinatorCertificate, key: pki.coordinatorKey, clientCA: nil, requireClientCertificate: true)
            }
            guard case .incompleteOptions(let text) = error else {
                Issue.record("expected incompleteOptions, got \(String(describing: error))")
                return
            }
            #expect(text.contains("--tls-ca"))
        }
    }

    @Test("a worker certificate without its key is refused")
    func workerCertificateWithoutKey() throws {
        try Self.withCertificates { pki in
            #expect(throws: TLSSetupError.self) {
                _ = try WorkerTLS(ca: pki.caCertificate, certificate: pki.workerCertificate, key: nil, serverName: nil, coordinatorHost: "coordinator.test")
            }
        }
    }

    @Test("the worker checks the coordinator's DNS name, or its IP address when it connects to one")
    func serverName() throws {
        try Self.withCertificates { pki in
            let byName = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "coordinator.test")
            #expect(byName.serverName == "coordinator.test")
            let byAddress = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: nil, coordinatorHost: "10.213.0.3")
            #expect(byAddress.serverName == nil)
            let pinned = try WorkerTLS(
                ca: pki.caCertificate, certificate: pki.workerCertificate, key: pki.workerKey, serverName: "coordinator.test",
                coordinatorHost: "10.213.0.3")
            #expect(pinned.serverName == "coordinator.test")
            #expect(throws: TLSSetupError.self) {
                _ = try WorkerTLS(ca: pki.caCertificate, certificate: nil, key: nil, serverName: "10.213.0.3", coordinatorHost: "10.213.0.3")
            }
        }
    }
}
