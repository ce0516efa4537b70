import Fetching
import GovSweepProtocol

/// The worker's fetch engines, one per distinct sweep configuration, shared by every site it crawls.
public actor CrawlTools {
    private var checkers: [FetchConfiguration: LinkChecker] = [:]
    private var engines: [FetchEngine] = []
    private let adjust: @Sendable (inout FetchConfiguration) -> Void

    /// - Parameter adjust: changes the engine configuration a sweep's settings give (tests pin host names).
    public init(adjust: @escaping @Sendable (inout FetchConfiguration) -> Void = { _ in }) {
        self.adjust = adjust
    }

    /// The checker for a sweep's settings, made on first use.
    public func checker(for settings: SweepSettings) -> LinkChecker {
        var configuration = FetchConfiguration(settings: settings)
        adjust(&configuration)
        if let existing = checkers[configuration] { return existing }
        CurlRuntime.ensureInitialised()
        var options = LinkChecker.Options()
        options.obeyRobots = settings.obeyRobots
        options.retry.retries = settings.retries
        options.hostRules = HostHealth.Rules(retries: settings.retries)
        let engine = FetchEngine(configuration: configuration)
        engines.append(engine)
        let checker = LinkChecker(engine: engine, options: options)
        checkers[configuration] = checker
        return checker
    }

    /// Stops every engine's transfer thread.
    public func shutdown() {
        for engine in engines { engine.shutdown() }
        engines.removeAll()
        checkers.removeAll()
    }
}
