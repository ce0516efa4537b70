import Foundation

/// Where a sweep stands, as `govsweep status --db` prints it.
struct SweepStatus: Sendable, CustomStringConvertible {
    var state: String
    var sitesDone: Int
    var sitesTotal: Int
    var leased: Int
    var pages: Int
    /// Sites in progress by the worker holding them (from the `in progress:` lines).
    var leasesByWorker: [String: Int] = [:]

    var isComplete: Bool { state == "complete" }
    var description: String { "\(state): \(sitesDone)/\(sitesTotal) sites done, \(leased) leased, \(pages) pages" }

    /// Reads the newest sweep's status from `text` (the command's output), or nil when it has none.
    static func parse(_ text: String) -> SweepStatus? {
        var status = SweepStatus(state: "", sitesDone: -1, sitesTotal: -1, leased: -1, pages: -1)
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let first = words.first else { continue }
            if first == "sweep", status.state.isEmpty, words.count >= 3 {
                status.state = words[2]
            } else if first == "sites", status.sitesTotal < 0, words.count >= 4 {
                let counts = words[1].split(separator: "/")
                guard counts.count == 2, let done = Int(counts[0]), let total = Int(counts[1]) else { return nil }
                status.sitesDone = done
                status.sitesTotal = total
                status.leased = Int(words[3]) ?? -1
            } else if first == "pages", status.pages < 0, words.count >= 2 {
                status.pages = Int(words[1]) ?? -1
            } else if let range = line.range(of: "(worker ") {
                let worker = line[range.upperBound...].prefix { $0 != "," && $0 != ")" }
                status.leasesByWorker[String(worker), default: 0] += 1
            }
        }
        guard !status.state.isEmpty, status.sitesTotal >= 0, status.pages >= 0 else { return nil }
        return status
    }
}

extension ProcessScope {
    /// `govsweep status --db DB`, or nil while the database does not exist or cannot be read.
    func status(db: String) async throws -> SweepStatus? {
        guard FileManager.default.fileExists(atPath: db) else { return nil }
        let (exit, process) = try await run("status", ["status", "--db", db], timeout: .seconds(20))
        return exit.succeeded ? SweepStatus.parse(process.output) : nil
    }

    /// Polls `govsweep status` every half second until `condition` holds; fails when `watched`
    /// processes end first or `timeout` passes.
    @discardableResult
    func waitForStatus(
        db: String, _ what: String, timeout: Duration, watching watched: [ChildProcess] = [],
        until condition: (SweepStatus) -> Bool
    ) async throws -> SweepStatus {
        let deadline = ContinuousClock.now + timeout
        var last: SweepStatus?
        while ContinuousClock.now < deadline {
            if let status = try await status(db: db) {
                last = status
                if condition(status) { return status }
            }
            if let ended = watched.first(where: { !$0.isRunning }) {
                throw EndToEndError.failed(
                    what: "\(ended.name) ended (\(ended.exit.map(\.description) ?? "?")) while waiting for \(what); last status: \(last.map(\.description) ?? "none")",
                    log: ended.logTail())
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        throw EndToEndError.timedOut(
            what: "\(what) (last status: \(last.map(\.description) ?? "none"))", seconds: timeout.seconds,
            log: watched.map { $0.logTail() }.joined(separator: "\n"))
    }
}
