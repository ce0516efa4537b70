import GovSweepProtocol

/// Collects what a crawl of one lease reports and sends it in batches through the ``Outbox``.
public actor LeaseReporter {
    public let leaseID: String
    public let siteID: String
    private let outbox: Outbox
    private let batchPages: Int
    private let batchInterval: Duration
    private var lastFlush = ContinuousClock.now
    private var pages: [PageReport] = []
    private var links: [LinkOutcome] = []
    private var frontier: [FrontierEntry] = []
    private var references: [LinkReference] = []
    /// Where each target's reference sits in `references`: a batch carries one per target.
    private var referenceIndex: [String: Int] = [:]
    private var resolved: [String] = []
    private var notes = SiteNotes()
    private var pendingBytesEstimate = 0
    private static let maximumBatchBytes = 2 << 20

    /// A batch goes out after `batchPages` pages, or with the first page reported `batchSeconds` after the last batch.
    public init(leaseID: String, siteID: String, outbox: Outbox, batchPages: Int, batchSeconds: Double = 2) {
        self.leaseID = leaseID
        self.siteID = siteID
        self.outbox = outbox
        self.batchPages = batchPages
        self.batchInterval = .milliseconds(Int(batchSeconds * 1000))
    }

    private var isDue: Bool {
        pages.count >= batchPages || pendingBytesEstimate >= LeaseReporter.maximumBatchBytes
            || ContinuousClock.now - lastFlush >= batchInterval
    }

    /// A page was fetched and read; `found` are the URLs it leads the crawler to.
    public func page(_ report: PageReport, found: [FrontierEntry]) async {
        pages.append(report)
        frontier.append(contentsOf: found)
        pendingBytesEstimate += 600 + report.items.count * 200 + found.count * 150
        if isDue { await flush() }
    }

    /// Link targets whose check finished (or that gained pages holding them).
    public func links(_ outcomes: [LinkOutcome]) async {
        links.append(contentsOf: outcomes)
        pendingBytesEstimate += outcomes.count * 250
        if isDue { await flush() }
    }

    /// Pages found holding targets whose verdict is pending, and targets whose verdict arrived.
    public func pending(_ newReferences: [LinkReference], resolved newlyResolved: [String]) async {
        for reference in newReferences {
            if let index = referenceIndex[reference.target] {
                references[index].foundOn.append(contentsOf: reference.foundOn)
            } else {
                referenceIndex[reference.target] = references.count
                references.append(reference)
            }
        }
        resolved.append(contentsOf: newlyResolved)
        pendingBytesEstimate += newReferences.count * 200 + newlyResolved.count * 100
        if isDue { await flush() }
    }

    /// Site-level facts noted now (a cap, robots, TLS); sent with the next batch.
    public func note(_ more: SiteNotes) {
        notes = notes.merged(with: more)
    }

    /// Sends what is collected as one batch.
    public func flush() async {
        lastFlush = ContinuousClock.now
        guard !pages.isEmpty || !links.isEmpty || !frontier.isEmpty || !references.isEmpty || !resolved.isEmpty
            || !notes.isEmpty
        else { return }
        let batch = Batch(
            batchID: await outbox.nextBatchID(), leaseID: leaseID, siteID: siteID, pages: pages, links: links,
            frontier: frontier, references: references, resolved: resolved, notes: notes)
        pages = []
        links = []
        frontier = []
        references = []
        referenceIndex = [:]
        resolved = []
        notes = SiteNotes()
        pendingBytesEstimate = 0
        await outbox.send(.batch(batch))
    }

    /// Sends the last batch, then the site's completion.
    public func finish(_ report: SiteReport) async {
        await flush()
        await outbox.send(.siteDone(SiteDone(leaseID: leaseID, report: report)))
    }
}
