import GovSweepProtocol
import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves a ``Province`` on loopback: one port per host (platform channels share their
/// platform's port), with optional latency and faults, counting connections per host.
///
/// ```swift
/// let server = try await ProvinceServer.start(Province(spec: spec), latency: .milliseconds(50) ... .milliseconds(300))
/// try server.province.writeInventoryCSV(to: dir.appending(path: "inventory.csv"))
/// ... sweep server.inventoryURLs ...
/// await server.shutdown()
/// ```
public final class ProvinceServer: Sendable {
    /// The province with its URLs on the served ports.
    public let province: Province
    /// The port of each host, by host index; a refusing host's port is held, never listening,
    /// until ``shutdown()``, so that no other socket can take it.
    public let ports: [Int]
    private let core: ServingCore
    private let group: MultiThreadedEventLoopGroup
    private let channels: [any Channel]
    private let refusing: [RefusingPort]

    private init(
        province: Province, ports: [Int], core: ServingCore, group: MultiThreadedEventLoopGroup, channels: [any Channel],
        refusing: [RefusingPort]
    ) {
        self.province = province
        self.ports = ports
        self.core = core
        self.group = group
        self.channels = channels
        self.refusing = refusing
    }

    /// The homepage URLs of the inventory, in roster order.
    public var inventoryURLs: [String] { province.inventory.map(\.url) }

    /// The ground truth with the served URLs.
    public var groundTruth: GroundTruth { province.groundTruth }

    /// Binds every host of `province` on 127.0.0.1 and starts serving.
    ///
    /// - Parameters:
    ///   - latency: each answer is delayed by a uniformly drawn time in this range (scheduled on
    ///     the event loop, no thread sleeps).
    ///   - faults: more faults on top of the ones the province planted (``Province/plantedFaults``).
    ///   - threads: event-loop threads.
    public static func start(
        _ province: Province, latency: ClosedRange<Duration>? = nil, faults: [FaultRule] = [], threads: Int = 2,
        address: String = "127.0.0.1"
    ) async throws -> ProvinceServer {
        let allFaults = province.plantedFaults + faults
        let core = ServingCore(hostCount: province.hostCount, faults: allFaults, latency: latency)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        var channels: [any Channel] = []
        var refusing: [RefusingPort] = []
        var ports: [Int] = []
        do {
            for host in 0..<province.hostCount {
                if core.hostFault(host) == .refuse {
                    let held = try RefusingPort(address: address)
                    refusing.append(held)
                    ports.append(held.port)
                    continue
                }
                let channel = try await bind(host: host, address: address, core: core, group: group)
                channels.append(channel)
                guard let port = channel.localAddress?.port else { throw ProvinceServerError.noPort(host: host) }
                ports.append(port)
            }
        } catch {
            for channel in channels { try? await channel.close() }
            for held in refusing { held.release() }
            try? await group.shutdownGracefully()
            throw ProvinceServerError.bindFailed(address: address, reason: String(describing: error))
        }
        let relocated = province.relocated(toPorts: ports, address: address)
        core.install(relocated)
        return ProvinceServer(
            province: relocated, ports: ports, core: core, group: group, channels: channels, refusing: refusing)
    }

    private static func bind(host: Int, address: String, core: ServingCore, group: MultiThreadedEventLoopGroup) async throws -> any Channel {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ProvinceHTTPHandler(host: host, core: core))
                }
            }
            .bind(host: address, port: 0)
            .get()
    }

    /// Peak concurrent connections and request counts per host.
    public func stats() -> [HostStats] {
        core.stats(
            addresses: ports.map { "127.0.0.1:\($0)" },
            labels: (0..<province.hostCount).map(province.hostLabel))
    }

    /// Stops listening, closes connections and the event loops, and lets the refusing ports go.
    public func shutdown() async {
        for channel in channels { try? await channel.close() }
        for held in refusing { held.release() }
        try? await group.shutdownGracefully()
    }
}

/// Why the province could not be served.
public enum ProvinceServerError: Error, CustomStringConvertible, Sendable {
    case noPort(host: Int)
    case bindFailed(address: String, reason: String)

    public var description: String {
        switch self {
        case .noPort(let host): "host \(host) was bound but has no port; check the loopback interface"
        case .bindFailed(let address, let reason):
            "could not listen on \(address) (\(reason)); give an IP address of this machine, and raise the open-files limit (ulimit -n) for large provinces"
        }
    }
}
