import Foundation

/// Two network namespaces joined by one veth pair: the sweep's host, and a private host the sweep
/// can reach but must not visit. Names carry a random suffix per run; removing the namespaces
/// removes the pair. Nothing touches the machine's own interfaces.
///
///     gsw-swp-S:  eth0 10.213.9.1/24, lo   (the served site on 127.0.0.1 and the sweep)
///     gsw-priv-S: eth0 10.213.9.2/24, lo   (a listener that records every connection)
struct PrivateHostTopology: Sendable {
    let suffix: String
    let sweepHost: String
    let privateHost: String
    let sweepAddress = "10.213.9.1"
    let privateAddress = "10.213.9.2"

    private init(suffix: String) {
        self.suffix = suffix
        sweepHost = "gsw-swp-\(suffix)"
        privateHost = "gsw-priv-\(suffix)"
    }

    /// Builds the pair, runs `body`, and removes both namespaces afterwards, also on failure.
    static func with<T>(_ body: (PrivateHostTopology) async throws -> T) async throws -> T {
        let topology = PrivateHostTopology(suffix: NetworkNamespaces.newSuffix())
        return try await NetworkNamespaces.with([topology.sweepHost, topology.privateHost], suffix: topology.suffix, build: topology.build) {
            try await body(topology)
        }
    }

    private func build() throws {
        try NetworkNamespaces.add([sweepHost, privateHost])
        try NetworkNamespaces.ip("-n", sweepHost, "link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", privateHost)
        try NetworkNamespaces.ip("-n", sweepHost, "address", "add", "\(sweepAddress)/24", "dev", "eth0")
        try NetworkNamespaces.ip("-n", privateHost, "address", "add", "\(privateAddress)/24", "dev", "eth0")
        try NetworkNamespaces.ip("-n", sweepHost, "link", "set", "eth0", "up")
        try NetworkNamespaces.ip("-n", privateHost, "link", "set", "eth0", "up")
    }
}
