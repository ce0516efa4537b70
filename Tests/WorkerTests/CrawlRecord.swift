import GovSweepProtocol
import TestSupport
@testable import Worker

/// What one crawl sent to the coordinator, gathered from its batches.
struct CrawlRecord {
    var outcomes: [String: LinkOutcome] = [:]
    var referenced: Set<String> = []
    var resolved: Set<String> = []
    var fetched: [String] = []

    /// Targets referenced as pending that neither got an outcome nor were resolved.
    var unsettled: Set<String> { referenced.subtracting(resolved).subtracting(outcomes.keys) }

    /// Crawls `assignment` with a real engine against `server`, which is shut down afterwards.
    static func crawl(_ assignment: Assignment, server: TestHTTPServer) async throws -> CrawlRecord {
        let tools = CrawlTools()
        let outbox = Outbox(workerID: "w")
        let (stream, sink) = AsyncStream<Message>.makeStream()
        await outbox.connected(sink)
        let reporter = LeaseReporter(leaseID: assignment.leaseID, siteID: assignment.site.id, outbox: outbox, batchPages: 1)
        _ = await SiteCrawler(tools: tools).crawl(assignment, reporter: reporter)
        await reporter.flush()
        await tools.shutdown()
        try await server.shutdown()
        sink.finish()

        var record = CrawlRecord()
        for await message in stream {
            guard case .batch(let batch) = message else { continue }
            for outcome in batch.links {
                if var known = record.outcomes[outcome.target] {
                    known.foundOn += outcome.foundOn
                    record.outcomes[outcome.target] = known
                } else {
                    record.outcomes[outcome.target] = outcome
                }
            }
            record.referenced.formUnion(batch.references.map(\.target))
            record.resolved.formUnion(batch.resolved)
            record.fetched += batch.pages.map(\.url)
        }
        return record
    }
}
