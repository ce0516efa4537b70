/// A misbehaviour the server applies to one host, or to one path of it.
public enum Fault: Sendable, Hashable {
    /// The port does not listen: connections are refused.
    case refuse
    /// Connections are accepted and never answered.
    case hang
    /// The connection is reset as soon as a request arrives.
    case reset
    /// The first `failures` requests of the path answer 503, later ones work.
    case flaky(failures: Int)
    /// Every request answers 403 Forbidden.
    case forbidden
    /// Each answer is delayed by this many milliseconds more.
    case slow(milliseconds: Int)
}

/// Where a ``Fault`` applies: a host (every path) or one path (with its query) on it.
public struct FaultRule: Sendable, Hashable {
    /// The host index (see ``Province/hostIndex(ofSite:)``).
    public var host: Int
    /// A path with its query, e.g. `/col/gzdt/index.html`; nil for every path of the host.
    public var path: String?
    /// What happens there.
    public var fault: Fault

    /// A rule; a nil `path` covers the whole host.
    public init(host: Int, path: String? = nil, fault: Fault) {
        self.host = host
        self.path = path
        self.fault = fault
    }
}

extension Province {
    /// The faults the generator planted: refusing hosts, flaky pages, and the host that 403s.
    public var plantedFaults: [FaultRule] {
        var rules = refusingHosts.sorted().map { FaultRule(host: $0, fault: .refuse) }
        rules += hosts.indices.filter { hosts[$0].hangs }.map { FaultRule(host: $0, fault: .hang) }
        rules.append(FaultRule(host: blockingHost, fault: .forbidden))
        for site in sites {
            if site.negatives.contains(.flakyHomepage) {
                rules.append(FaultRule(host: site.hostIndex, path: site.homepagePath, fault: .flaky(failures: 1)))
            }
            for column in site.columns {
                for item in column.items where item.extras.contains(.flaky) {
                    rules.append(FaultRule(host: site.hostIndex, path: site.articlePath(column, item), fault: .flaky(failures: 1)))
                }
            }
        }
        return rules
    }
}
