import NIOCore
import NIOSSL

/// TLS on the coordinator's listening side: its own certificate, and optionally the CA that
/// signs worker certificates (mutual authentication).
///
/// The shared-token handshake still runs inside the TLS channel: a certificate never replaces the token.
public struct CoordinatorTLS: Sendable {
    /// How the coordinator treats worker certificates.
    public enum ClientCertificates: Sendable, Equatable {
        /// None asked for (no `--tls-ca`).
        case notAsked
        /// A worker may present one; if it does, it must be signed by the CA.
        case verifiedIfPresented
        /// A worker must present one signed by the CA, or the TLS handshake fails.
        case required
    }

    public let clientCertificates: ClientCertificates
    let context: NIOSSLContext

    /// Reads the PEM files: `certificate` (the coordinator's chain, leaf first) and `key`, and
    /// `clientCA` for worker certificates.
    public init(certificate: String, key: String, clientCA: String?, requireClientCertificate: Bool) throws(TLSSetupError) {
        if requireClientCertificate && clientCA == nil {
            throw .incompleteOptions("--tls-require-client-cert needs --tls-ca FILE: the CA that signs the workers' certificates")
        }
        let chain = try PEMFiles.certificates(option: "--tls-cert", path: certificate)
        let privateKey = try PEMFiles.privateKey(option: "--tls-key", path: key)
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        configuration.minimumTLSVersion = .tlsv12
        if let clientCA {
            configuration.trustRoots = .certificates(try PEMFiles.certificates(option: "--tls-ca", path: clientCA))
            configuration.certificateVerification = requireClientCertificate ? .noHostnameVerification : .optionalVerification
            clientCertificates = requireClientCertificate ? .required : .verifiedIfPresented
        } else {
            configuration.certificateVerification = .none
            clientCertificates = .notAsked
        }
        context = try PEMFiles.context(configuration, certificate: certificate, key: key)
    }

    /// A fresh handler for one accepted connection; it goes first in the pipeline, before the framing.
    public func makeHandler() -> NIOSSLServerHandler {
        NIOSSLServerHandler(context: context)
    }
}
