import ArgumentParser
import Foundation
import GovSweepProtocol
import Logging
import ServiceLifecycle
import UnixSignals
import Worker

/// `govsweep worker`: crawls what a coordinator leases to it.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Crawl sites leased by a coordinator; reconnect when it goes away; hand work back on SIGTERM.")

    @Option(help: "The coordinator's HOST:PORT.")
    var coordinator: HostAndPort

    @Option(help: "File holding the shared token.")
    var tokenFile: String

    @Option(help: "Sites crawled at once (default: what the default politeness lets this machine's cores keep busy, 8 to 256; docs/deploy.md).")
    var capacity: Int?

    @Option(help: "This worker's id (default: host name and process id).")
    var id: String?

    @Option(help: .hidden)
    var parentPid: Int32?

    @OptionGroup(title: "TLS (when the coordinator serves it)") var tls: WorkerTLSOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        AnalysisHeap.keepFreedPages()
        logging.bootstrap()
        let logger = Logger(label: "govsweep.worker")
        let token = try SharedToken(contentsOfFile: tokenFile)
        let hostName = ProcessInfo.processInfo.hostName
        let capacity = capacity ?? WorkerCapacity.sitesAtOnce(
            cores: Double(ProcessInfo.processInfo.activeProcessorCount),
            budget: PolitenessBudget(concurrency: 2, gapMilliseconds: 250))
        let configuration = WorkerConfiguration(
            coordinatorHost: coordinator.host, coordinatorPort: coordinator.port, token: token, capacity: max(1, capacity),
            workerID: id ?? "\(hostName)-\(getpid())", hostName: hostName, tls: try tls.load(coordinatorHost: coordinator.host))
        let tools = CrawlTools()
        let service = WorkerService(configuration: configuration, crawler: SiteCrawler(tools: tools), logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                if let parentPid {
                    // Started by `sweep`/`resume`: hand the work back if that process is gone (even after kill -9).
                    tasks.addTask {
                        while getppid() == parentPid {
                            try await Task.sleep(for: .seconds(1))
                        }
                        logger.notice("the sweep process that started this worker is gone; handing work back")
                        await group.triggerGracefulShutdown()
                    }
                }
                try await tasks.next()
                tasks.cancelAll()
            }
        } catch {
            await tools.shutdown()
            throw error
        }
        await tools.shutdown()
    }
}
