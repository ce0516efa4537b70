import Foundation

/// A throwaway PKI made with the `openssl` command in a temporary directory: a CA, a coordinator
/// certificate (DNS `coordinator.test`, IP 127.0.0.1 and the given addresses), a worker
/// certificate signed by the same CA, and an unrelated CA with its own coordinator certificate
/// (an impostor). Remove it with ``remove()``.
public struct TestCertificates: Sendable {
    public let directory: String
    public var caCertificate: String { file("ca.pem") }
    public var coordinatorCertificate: String { file("coordinator.pem") }
    public var coordinatorKey: String { file("coordinator.key") }
    public var workerCertificate: String { file("worker.pem") }
    public var workerKey: String { file("worker.key") }
    public var otherCACertificate: String { file("other-ca.pem") }
    public var impostorCertificate: String { file("impostor.pem") }
    public var impostorKey: String { file("impostor.key") }
    /// A coordinator certificate of the CA naming only DNS `coordinator.test` (no IP address).
    public var namedOnlyCertificate: String { file("named.pem") }
    public var namedOnlyKey: String { file("named.key") }

    public func file(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Makes the files; `addresses` are extra IP addresses the coordinator certificate carries.
    public static func make(addresses: [String] = []) throws -> TestCertificates {
        let directory = NSTemporaryDirectory() + "govsweep-pki-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let pki = TestCertificates(directory: directory)
        let coordinatorNames = (["DNS:coordinator.test", "IP:127.0.0.1"] + addresses.map { "IP:\($0)" }).joined(separator: ",")
        try pki.makeCA("ca", subject: "/CN=GovSweep test CA")
        try pki.makeCA("other-ca", subject: "/CN=Someone else's CA")
        try pki.issue("coordinator", by: "ca", subject: "/CN=coordinator.test", names: coordinatorNames, usage: "serverAuth")
        try pki.issue("worker", by: "ca", subject: "/CN=worker", names: "DNS:worker.test", usage: "clientAuth")
        try pki.issue("named", by: "ca", subject: "/CN=coordinator.test", names: "DNS:coordinator.test", usage: "serverAuth")
        try pki.issue("impostor", by: "other-ca", subject: "/CN=coordinator.test", names: coordinatorNames, usage: "serverAuth")
        return pki
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func makeCA(_ name: String, subject: String) throws {
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", file("\(name).key"), "-out", file("\(name).pem"), "-days", "2", "-subj", subject,
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    }

    private func issue(_ name: String, by ca: String, subject: String, names: String, usage: String) throws {
        let extensions = file("\(name).ext")
        try "subjectAltName=\(names)\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=\(usage)\n"
            .write(toFile: extensions, atomically: true, encoding: .utf8)
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", file("\(name).key"), "-out", file("\(name).csr"), "-subj", subject])
        try openssl(["x509", "-req", "-in", file("\(name).csr"), "-CA", file("\(ca).pem"), "-CAkey", file("\(ca).key"),
                     "-CAcreateserial", "-out", file("\(name).pem"), "-days", "2", "-extfile", extensions])
    }

    private func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestCertificateError(description: "openssl \(arguments.prefix(2).joined(separator: " ")) failed: \(errorText)")
        }
    }
}

public struct TestCertificateError: Error, CustomStringConvertible {
    public let description: String
}
