import ArgumentParser
import ChannelSecurity

/// `--tls-ca`, `--tls-cert`, `--tls-key` and `--tls-server-name` of `govsweep worker`.
struct WorkerTLSOptions: ParsableArguments {
    @Option(help: "Connect over TLS and accept only a coordinator certificate that chains to this PEM CA.")
    var tlsCa: String?

    @Option(help: "This worker's PEM certificate, for a coordinator that asks for one; needs --tls-key.")
    var tlsCert: String?

    @Option(help: "The PEM private key of --tls-cert.")
    var tlsKey: String?

    @Option(help: "The name the coordinator's certificate must carry (default: the host of --coordinator; an IP address is matched against the certificate's IP entries).")
    var tlsServerName: String?

    func validate() throws {
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("give --tls-cert and --tls-key together") }
        if tlsCa == nil, tlsCert != nil || tlsServerName != nil {
            throw ValidationError("--tls-cert, --tls-key and --tls-server-name need --tls-ca (the CA the coordinator's certificate must chain to)")
        }
    }

    /// The TLS settings for a coordinator at `host`, or nil for the plain channel.
    func load(coordinatorHost host: String) throws -> WorkerTLS? {
        guard let tlsCa else { return nil }
        return try WorkerTLS(ca: tlsCa, certificate: tlsCert, key: tlsKey, serverName: tlsServerName, coordinatorHost: host)
    }
}
