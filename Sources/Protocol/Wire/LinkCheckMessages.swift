/// Link checks leased on their own: the targets on one host that pages of *other* sites link to.
///
/// A worker crawling a site checks the links into that site's own host itself, under the site's
/// lease. Links into any other host are left to the coordinator, which leases them out per
/// politeness key, like a site, so that every request to a host is made under the one lease that
/// holds the host's budget, whichever site the link was found on.

/// A link target to check, and how.
public struct LinkTarget: Codable, Hashable, Sendable {
    public var target: String
    public var kind: LinkKind

    public init(target: String, kind: LinkKind) {
        self.target = target
        self.kind = kind
    }
}

/// Coordinator → worker: check these targets, all under one politeness key, under a lease.
public struct LinkCheckAssignment: Codable, Hashable, Sendable {
    public var leaseID: String
    /// The budget every request of this lease counts against (a host:port or a `group:` key).
    public var politenessKey: String
    public var settings: SweepSettings
    public var targets: [LinkTarget]

    public init(leaseID: String, politenessKey: String, settings: SweepSettings, targets: [LinkTarget]) {
        self.leaseID = leaseID
        self.politenessKey = politenessKey
        self.settings = settings
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey {
        case leaseID = "lease_id"
        case politenessKey = "politeness_key"
        case settings, targets
    }
}

/// Worker → coordinator: the verdicts of a link-check lease (`found_on` empty: the coordinator
/// knows which pages hold each target). Acknowledged with the id `checks_done:<lease>`.
public struct LinkChecksDone: Codable, Hashable, Sendable {
    public var leaseID: String
    public var outcomes: [LinkOutcome]

    public init(leaseID: String, outcomes: [LinkOutcome]) {
        self.leaseID = leaseID
        self.outcomes = outcomes
    }

    enum CodingKeys: String, CodingKey {
        case leaseID = "lease_id"
        case outcomes
    }
}
