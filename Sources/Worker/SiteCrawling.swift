import GovSweepProtocol

/// Crawls one leased site, reporting what it sees through a ``LeaseReporter`` as it goes.
public protocol SiteCrawling: Sendable {
    /// Crawls until the site is done or the task is cancelled; returns the site-level report.
    func crawl(_ assignment: Assignment, reporter: LeaseReporter) async -> SiteReport
}
