import Foundation

/// Five network namespaces joined by a bridge: the province, the coordinator and two workers
/// each on a host of their own in 10.213.0.0/24, the bridge in a namespace of its own. Names
/// carry a random suffix per run; everything lives inside the namespaces, so removing them
/// removes every link the test made. Nothing touches the host's own interfaces or addresses.
///
///     gsw-br-S:    br0 ── v-prov, v-coord, v-w1, v-w2   (veth ends, no address)
///     gsw-prov-S:  eth0 10.213.0.2/24, lo
///     gsw-coord-S: eth0 10.213.0.3/24, lo
///     gsw-w1-S:    eth0 10.213.0.4/24, lo
///     gsw-w2-S:    eth0 10.213.0.5/24, lo
struct NetworkTopology: Sendable {
    /// A namespace with its address on the bridge.
    struct Host: Sendable {
        var role: String
        var namespace: String
        var address: String
    }

    let suffix: String
    let bridge: String
    let province: Host
    let coordinator: Host
    let firstWorker: Host
    let secondWorker: Host

    var hosts: [Host] { [province, coordinator, firstWorker, secondWorker] }
    var namespaces: [String] { [bridge] + hosts.map(\.namespace) }

    private init(suffix: String) {
        self.suffix = suffix
        bridge = "gsw-br-\(suffix)"
        func host(_ role: String, _ last: Int) -> Host { Host(role: role, namespace: "gsw-\(role)-\(suffix)", address: "10.213.0.\(last)") }
        province = host("prov", 2)
        coordinator = host("coord", 3)
        firstWorker = host("w1", 4)
        secondWorker = host("w2", 5)
    }

    /// Builds the topology, runs `body`, and removes every namespace afterwards, also on failure.
    static func with<T>(_ body: (NetworkTopology) async throws -> T) async throws -> T {
        let topology = NetworkTopology(suffix: NetworkNamespaces.newSuffix())
        return try await NetworkNamespaces.with(topology.namespaces, suffix: topology.suffix, build: topology.build) {
            try await body(topology)
        }
    }

    private func build() throws {
        try NetworkNamespaces.add(namespaces)
        try NetworkNamespaces.ip("-n", bridge, "link", "add", "br0", "type", "bridge")
        try NetworkNamespaces.ip("-n", bridge, "link", "set", "br0", "up")
        for host in hosts {
            let port = "v-\(host.role)"
            try NetworkNamespaces.ip("-n", bridge, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", host.namespace)
            try NetworkNamespaces.ip("-n", bridge, "link", "set", port, "master", "br0")
            try NetworkNamespaces.ip("-n", bridge, "link", "set", port, "up")
            try NetworkNamespaces.ip("-n", host.namespace, "address", "add", "\(host.address)/24", "dev", "eth0")
            try NetworkNamespaces.ip("-n", host.namespace, "link", "set", "eth0", "up")
        }
    }
}
