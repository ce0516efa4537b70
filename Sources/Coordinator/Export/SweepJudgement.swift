import GovSweepProtocol
import Rules

/// Turns a stored sweep into verdicts: the stored facts of each site, judged by the rules.
public enum SweepJudgement {
    /// One verdict per site of the sweep, in crawl order. Sites never finished are judged on what was stored.
    public static func verdicts(store: SweepStore, sweep: SweepRecord, rules: RuleSet) throws(StoreError) -> [SiteVerdict] {
        let judge = Judge(rules: rules, asOf: sweep.settings.asOf)
        var verdicts: [SiteVerdict] = []
        let sites = try store.sites(of: sweep.id)
        // Copied articles are found across the whole sweep before any site is judged; only the
        // articles' signatures are held for that, read row by row, not their page reports.
        let copied = Dictionary(
            grouping: judge.copiedArticles(try store.signedArticles(sweepID: sweep.id, sites: sites.map(\.site))), by: \.siteID)
        for stored in sites {
            let evidence = SiteEvidence(
                site: stored.site,
                pages: try store.pages(sweepID: sweep.id, siteID: stored.site.id),
                links: try store.failingLinks(sweepID: sweep.id, siteID: stored.site.id),
                // An unfinished site is judged on the notes its leases sent so far.
                report: stored.report ?? (stored.notes.isEmpty ? nil : SiteReport(siteID: stored.site.id, pagesFetched: 0).including(stored.notes)),
                configuredColumns: stored.columns)
            verdicts.append(judge.judge(evidence, copied: copied[stored.site.id] ?? []))
        }
        return verdicts
    }
}
