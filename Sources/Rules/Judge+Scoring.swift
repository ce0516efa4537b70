import GovSweepProtocol

extension Judge {
    /// The verdict on a site from findings judged elsewhere (the availability monitor's): the
    /// indicator caps and the pass line applied to them, with no columns.
    public func verdict(site: Site, findings: [Finding]) -> SiteVerdict {
        Scorer(rules: rules).verdict(site: site, findings: findings, columns: [])
    }
}
