import GovSweepProtocol

/// The sites a recheck (整改复核, `--recheck SWEEP_ID`) sweeps again: those an earlier sweep found
/// problems on.
public struct RecheckSelection: Hashable, Sendable {
    /// Sites of the current inventory with at least one finding of a selected severity, in inventory order.
    public var sites: [Site]
    /// Ids with such findings that the current inventory no longer lists, sorted: the operator
    /// should know they are not rechecked.
    public var missingSiteIDs: [String]

    /// A selection of `sites`, naming the flagged ids the inventory lacks.
    public init(sites: [Site], missingSiteIDs: [String]) {
        self.sites = sites
        self.missingSiteIDs = missingSiteIDs
    }

    /// Which sites of the earlier sweep a recheck takes (`--recheck SWEEP [findings|failed]`).
    public enum Scope: String, CaseIterable, Sendable {
        /// Every site with a scored or warning finding (the default).
        case findings
        /// Only the sites that did not pass.
        case failed
    }

    /// The sites of `inventory` whose ids are in `siteIDs` (the sites that failed the earlier sweep).
    public static func select(from inventory: [Site], siteIDs: Set<String>) -> RecheckSelection {
        let sites = inventory.filter { siteIDs.contains($0.id) }
        return RecheckSelection(sites: sites, missingSiteIDs: siteIDs.subtracting(sites.map(\.id)).sorted())
    }

    /// The severities a recheck looks at by default: everything scored, and warnings (close to a veto).
    public static let defaultSeverities: Set<Severity> = [.veto, .deduct, .warning]

    /// Selects the sites of `inventory` that `findings` (of the earlier sweep) flag with one of `severities`.
    /// Notices alone (a blocked link, a capped crawl) do not bring a site back.
    public static func select(
        from inventory: [Site], findings: [Finding], severities: Set<Severity> = defaultSeverities
    ) -> RecheckSelection {
        let flagged = Set(findings.lazy.filter { severities.contains($0.severity) }.map(\.siteID))
        let sites = inventory.filter { flagged.contains($0.id) }
        let missing = flagged.subtracting(sites.map(\.id)).sorted()
        return RecheckSelection(sites: sites, missingSiteIDs: missing)
    }
}
