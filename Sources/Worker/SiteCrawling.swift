import GovSweepProtocol

/// Crawls one leased site, reporting what it sees through a ``LeaseReporter`` as it goes; and
/// checks the links other sites hold into a host, under that host's lease.
public protocol SiteCrawling: Sendable {
    /// Crawls until the site is done or the task is cancelled; returns the site-level report.
    func crawl(_ assignment: Assignment, reporter: LeaseReporter) async -> SiteReport

    /// Checks the targets under the assignment's politeness key; returns a verdict for each target
    /// checked (fewer when the task is cancelled).
    func checkLinks(_ assignment: LinkCheckAssignment) async -> [LinkOutcome]
}
