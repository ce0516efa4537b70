import ArgumentParser

extension MonitorCommand: AsyncParsableCommand {
    func run() async throws {
        let prober = CurlHomepageProber(timeoutSeconds: timeout, allowPrivate: allowPrivate, allowedAddresses: try allowedRanges())
        defer { prober.shutdown() }
        try await run(prober: prober)
    }
}
