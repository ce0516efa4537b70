import GovSweepProtocol
import Rules

/// Turns a stored sweep into verdicts: the stored facts of each site, judged by the rules.
///
/// Copied articles are found across the whole sweep when it is created; after that each site is
/// judged on its own (``verdict(for:)``), so a caller can write or drop each verdict before judging
/// the next and never hold every site's verdict and page reports at once.
public struct SweepJudgement: Sendable {
    /// The sweep's sites in crawl order, with their crawl state.
    public let sites: [StoredSite]
    let store: SweepStore
    let sweepID: String
    let judge: Judge
    /// The sweep's copied articles by the site of the copy.
    let copied: [String: [CopiedArticle]]

    /// Reads the sweep's sites and finds its copied articles; only the articles' signatures are
    /// held for that (``SignatureTable``), read row by row, and they are let go before it returns.
    public init(store: SweepStore, sweep: SweepRecord, rules: RuleSet) throws(StoreError) {
        self.store = store
        sweepID = sweep.id
        judge = Judge(rules: rules, asOf: sweep.settings.asOf)
        sites = try store.sites(of: sweep.id)
        let table = try store.signatureTable(sweepID: sweep.id, sites: sites.map(\.site))
        copied = Dictionary(grouping: judge.copiedArticles(table), by: \.siteID)
    }

    /// The sites ordered by site id, the order of the contract files (``ContractExport``).
    public var sitesByID: [StoredSite] { sites.sorted { $0.site.id < $1.site.id } }

    /// The verdict on one site of the sweep. A site never finished is judged on what was stored.
    public func verdict(for stored: StoredSite) throws(StoreError) -> SiteVerdict {
        let evidence = SiteEvidence(
            site: stored.site,
            pages: try store.pages(sweepID: sweepID, siteID: stored.site.id),
            links: try store.failingLinks(sweepID: sweepID, siteID: stored.site.id),
            // An unfinished site is judged on the notes its leases sent so far.
            report: stored.report ?? (stored.notes.isEmpty ? nil : SiteReport(siteID: stored.site.id, pagesFetched: 0).including(stored.notes)),
            configuredColumns: stored.columns)
        return judge.judge(evidence, copied: copied[stored.site.id] ?? [])
    }

    /// One verdict per site of the sweep, in crawl order, judged on every core. Sites never
    /// finished are judged on what was stored. Throws the ``StoreError`` of a site that cannot be read.
    public static func verdicts(store: SweepStore, sweep: SweepRecord, rules: RuleSet) throws -> [SiteVerdict] {
        let judgement = try SweepJudgement(store: store, sweep: sweep, rules: rules)
        var verdicts: [SiteVerdict] = []
        verdicts.reserveCapacity(judgement.sites.count)
        try judgement.forEachVerdict(of: judgement.sites) { _, verdict in verdicts.append(verdict) }
        return verdicts
    }
}
