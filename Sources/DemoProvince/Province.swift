import GovSweepProtocol

/// A simulated province: its sites, the pages each serves, and the ground truth of what is wrong.
///
/// Generation is pure and deterministic: `Province(spec:)` twice gives equal values. Pages are
/// rendered on demand from the site models (a 1000-site province would not fit in memory as
/// bytes), through ``response(host:pathAndQuery:)`` and ``pages(ofSite:)``.
public struct Province: Sendable {
    /// What was generated.
    public let spec: ProvinceSpec
    let hosts: [HostModel]
    let sites: [SiteModel]
    let servicesHost: Int
    let blockingHost: Int
    let routes: RouteTable
    /// The origin (`http://127.0.0.1:PORT`) of each host.
    public private(set) var origins: [String]

    init(spec: ProvinceSpec, hosts: [HostModel], sites: [SiteModel], servicesHost: Int, blockingHost: Int) {
        self.spec = spec
        self.hosts = hosts
        self.sites = sites
        self.servicesHost = servicesHost
        self.blockingHost = blockingHost
        self.routes = RouteTable(hosts: hosts, sites: sites, servicesHost: servicesHost, perPage: spec.itemsPerListPage)
        self.origins = hosts.indices.map { "http://host\($0).province.invalid" }
    }

    /// Generates the province `spec` describes. Until ``relocated(toPorts:)`` its URLs use
    /// placeholder hosts (`http://hostN.province.invalid`).
    public init(spec: ProvinceSpec) {
        var generator = ProvinceGenerator(spec: spec)
        self = generator.generate()
    }

    /// The helper host whose port refuses connections (links into a site that was shut down).
    var refusingHost: Int { blockingHost + 1 }
    /// The helper host that accepts connections and never answers.
    var silentHost: Int { blockingHost + 2 }

    /// How many listening endpoints the province needs: one per standalone site, one per
    /// platform (集约化平台), plus a services host, a host that refuses crawlers, and two dead
    /// hosts some articles link to (one refuses connections, one never answers).
    public var hostCount: Int { hosts.count }

    /// The province with host `i` served at `http://ADDRESS:ports[i]`.
    public func relocated(toPorts ports: [Int], address: String = "127.0.0.1") -> Province {
        precondition(ports.count == hosts.count, "one port per host")
        var copy = self
        copy.origins = ports.map { "http://\(address):\($0)" }
        return copy
    }

    /// The inventory rows, in roster order.
    public var inventory: [Site] {
        sites.map { site in
            Site(
                id: site.id, name: site.name, url: homepageURL(site), unit: site.unit, region: site.region,
                level: site.level, hostGroup: site.hostGroup)
        }
    }

    /// Hosts whose port must refuse connections (a planted `site_unreachable`).
    public var refusingHosts: Set<Int> { Set(hosts.indices.filter { hosts[$0].refuses }) }

    /// A short label for host `index`, for statistics.
    public func hostLabel(_ index: Int) -> String { hosts[index].name }

    /// The host index serving the site with 网站标识码 `siteID`.
    public func hostIndex(ofSite siteID: String) -> Int? {
        sites.first { $0.id == siteID }?.hostIndex
    }

    func homepageURL(_ site: SiteModel) -> String { origins[site.hostIndex] + site.pathPrefix + "/" }

    func absolute(_ site: SiteModel, _ path: String) -> String { origins[site.hostIndex] + path }
}
