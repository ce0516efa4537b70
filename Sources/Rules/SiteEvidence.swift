import GovSweepProtocol

/// Everything the workers observed about one site, as the coordinator hands it to the judge.
public struct SiteEvidence: Sendable {
    public var site: Site
    /// Every page report stored for the site.
    public var pages: [PageReport]
    /// Failing and blocked link targets, each with the pages that hold it.
    public var links: [LinkOutcome]
    /// The site-level report; nil when the site was never finished.
    public var report: SiteReport?
    /// The site's columns from the operator's columns file.
    public var configuredColumns: [ColumnRef]

    public init(
        site: Site, pages: [PageReport], links: [LinkOutcome] = [], report: SiteReport? = nil,
        configuredColumns: [ColumnRef] = []
    ) {
        self.site = site
        self.pages = pages
        self.links = links
        self.report = report
        self.configuredColumns = configuredColumns
    }
}

extension PageReport {
    /// Fetched and answered with a page (no network error, status below 400).
    var fetchedFine: Bool {
        error == nil && (status.map { (200..<400).contains($0) } ?? true)
    }
}
