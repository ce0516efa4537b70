import NIOCore
import NIOSSL

/// TLS on the worker's side: the CA the coordinator's certificate must chain to, the name it must
/// carry, and optionally the worker's own certificate for mutual authentication.
public struct WorkerTLS: Sendable {
    /// The name checked against the coordinator's certificate; nil checks the address connected
    /// to against the certificate's IP address entries.
    public let serverName: String?
    let context: NIOSSLContext

    /// Reads the PEM files. `serverName` is `--tls-server-name`, or else the coordinator's host
    /// when it is a DNS name (an IP address is matched against the certificate's IP entries).
    public init(ca: String, certificate: String?, key: String?, serverName: String?, coordinatorHost: String) throws(TLSSetupError) {
        guard (certificate == nil) == (key == nil) else {
            throw .incompleteOptions("give --tls-cert and --tls-key together: the worker's certificate and its private key")
        }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = .fullVerification
        configuration.trustRoots = .certificates(try PEMFiles.certificates(option: "--tls-ca", path: ca))
        if let certificate, let key {
            configuration.certificateChain = try PEMFiles.certificates(option: "--tls-cert", path: certificate).map { .certificate($0) }
            configuration.privateKey = .privateKey(try PEMFiles.privateKey(option: "--tls-key", path: key))
        }
        let name = serverName ?? coordinatorHost
        if name.isEmpty || Self.isIPAddress(name) {
            if let serverName { throw .incompleteOptions("--tls-server-name \(serverName): give a DNS name; an IP address is checked without it") }
            self.serverName = nil
        } else {
            self.serverName = name
        }
        context = try PEMFiles.context(configuration, certificate: certificate, key: key)
    }

    /// A fresh handler for one connection; it goes first in the pipeline, before the framing.
    public func makeHandler() throws -> NIOSSLClientHandler {
        try NIOSSLClientHandler(context: context, serverHostname: serverName)
    }

    static func isIPAddress(_ text: String) -> Bool {
        (try? SocketAddress(ipAddress: text, port: 0)) != nil
    }
}
