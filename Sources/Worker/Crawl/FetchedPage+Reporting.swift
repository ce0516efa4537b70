import Fetching
import GovSweepProtocol
import PageAnalysis

extension FetchedPage {
    /// The page as a link target: ok, broken (a failure after retries, or a soft 404) or blocked.
    func outcome(kind: LinkKind) -> LinkOutcome {
        let verdict: LinkVerdict
        if isSuccess {
            verdict = .ok
        } else if let status, [401, 403, 429, 999].contains(status) {
            verdict = .blocked
        } else if let status, (300..<400).contains(status), error == nil {
            verdict = .ok
        } else {
            verdict = .broken
        }
        return LinkOutcome(target: url, kind: kind, verdict: verdict, status: status, error: error, note: softNotFound)
    }

    /// The report of this page for the coordinator: facts from the fetch and the analysis.
    func report(for entry: FrontierEntry, observation: PageObservation?) -> PageReport {
        var report = PageReport(
            url: url, finalURL: finalURL == url ? nil : finalURL, status: status, error: error, role: entry.role,
            column: entry.column, depth: entry.depth)
        guard let observation else { return report }
        report.kind = observation.kind
        report.title = observation.title
        report.published = observation.published
        report.hits = observation.hits
        report.truncated = observation.truncated
        report.messages = observation.messages
        report.body = observation.body
        report.policyLinks = observation.policyLinks
        report.documentNumber = observation.documentNumber
        switch entry.role {
        case .homepage:
            report.items = observation.items
            report.identity = observation.identity
        case .column, .pagination:
            report.items = observation.items
        case .article, .other:
            // Dated items of articles and other pages matter for future dates only.
            report.items = observation.items.filter { item in item.date != nil }
        }
        return report
    }
}
