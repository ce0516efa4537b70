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
        let topology = PrivateHostTopology(suffix: String(UUID().uuidString.prefix(6)).lowercased())
        do {
            try topology.build()
            let result = try await body(topology)
            try topology.remove()
            return result
        } catch {
            try? topology.remove()
            throw error
        }
    }

    private func build() throws {
        for namespace in [sweepHost, privateHost] {
            try NetworkTopology.ip("netns", "add", namespace)
            try NetworkTopology.ip("-n", namespace, "link", "set", "lo", "up")
        }
        try NetworkTopology.ip("-n", sweepHost, "link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", privateHost)
        try NetworkTopology.ip("-n", sweepHost, "address", "add", "\(sweepAddress)/24", "dev", "eth0")
        try NetworkTopology.ip("-n", privateHost, "address", "add", "\(privateAddress)/24", "dev", "eth0")
        try NetworkTopology.ip("-n", sweepHost, "link", "set", "eth0", "up")
        try NetworkTopology.ip("-n", privateHost, "link", "set", "eth0", "up")
    }

    /// Deletes both namespaces; fails when one is left.
    func remove() throws {
        for namespace in [sweepHost, privateHost] { _ = try? NetworkTopology.ip("netns", "delete", namespace) }
        let left = try NetworkTopology.ip("netns", "list").split(separator: "\n").filter { $0.contains(suffix) }
        guard left.isEmpty else { throw EndToEndError.namespaces("could not delete \(left); delete them with `ip netns delete NAME`") }
    }
}
