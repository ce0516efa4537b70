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
        let topology = NetworkTopology(suffix: String(UUID().uuidString.prefix(6)).lowercased())
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
        for namespace in namespaces {
            try Self.ip("netns", "add", namespace)
            try Self.ip("-n", namespace, "link", "set", "lo", "up")
        }
        try Self.ip("-n", bridge, "link", "add", "br0", "type", "bridge")
        try Self.ip("-n", bridge, "link", "set", "br0", "up")
        for host in hosts {
            let port = "v-\(host.role)"
            try Self.ip("-n", bridge, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", host.namespace)
            try Self.ip("-n", bridge, "link", "set", port, "master", "br0")
            try Self.ip("-n", bridge, "link", "set", port, "up")
            try Self.ip("-n", host.namespace, "address", "add", "\(host.address)/24", "dev", "eth0")
            try Self.ip("-n", host.namespace, "link", "set", "eth0", "up")
        }
    }

    /// Deletes the namespaces (their veth pairs and the bridge go with them); fails when one is left.
    func remove() throws {
        for namespace in namespaces { _ = try? Self.ip("netns", "delete", namespace) }
        let left = try Self.ip("netns", "list").split(separator: "\n").filter { $0.contains(suffix) }
        guard left.isEmpty else { throw EndToEndError.namespaces("could not delete \(left); delete them with `ip netns delete NAME`") }
    }

    /// The `ip` binary of iproute2.
    static var ipPath: String? {
        ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `ip ARGUMENTS`; throws with its error output when it fails.
    @discardableResult
    static func ip(_ arguments: String...) throws -> String {
        guard let ipPath else { throw EndToEndError.namespaces("iproute2's `ip` is not installed (apt-get install iproute2)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ipPath)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw EndToEndError.namespaces(
                "`ip \(arguments.joined(separator: " "))` failed (\(process.terminationStatus)): \(reason). "
                    + "The many-hosts test needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN) to create network namespaces.")
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}
