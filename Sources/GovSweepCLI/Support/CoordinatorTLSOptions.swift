import ArgumentParser
import ChannelSecurity

/// `--tls-cert`, `--tls-key`, `--tls-ca` and `--tls-require-client-cert` of `govsweep coordinator`.
struct CoordinatorTLSOptions: ParsableArguments {
    @Option(help: "Serve workers over TLS with this PEM certificate (chain, leaf first); needs --tls-key.")
    var tlsCert: String?

    @Option(help: "The PEM private key of --tls-cert.")
    var tlsKey: String?

    @Option(help: "PEM CA that signs worker certificates: a worker presenting a certificate must chain to it.")
    var tlsCa: String?

    @Flag(help: "Refuse workers without a certificate signed by --tls-ca (mutual TLS, on top of the token).")
    var tlsRequireClientCert = false

    func validate() throws {
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("give --tls-cert and --tls-key together") }
        if tlsCert == nil, tlsCa != nil || tlsRequireClientCert {
            throw ValidationError("--tls-ca and --tls-require-client-cert need --tls-cert and --tls-key (the coordinator's own certificate)")
        }
    }

    /// The TLS settings, or nil for the plain channel.
    func load() throws -> CoordinatorTLS? {
        guard let tlsCert, let tlsKey else { return nil }
        return try CoordinatorTLS(certificate: tlsCert, key: tlsKey, clientCA: tlsCa, requireClientCertificate: tlsRequireClientCert)
    }
}
