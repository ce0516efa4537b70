import GovSweepProtocol

/// What to generate: how many sites, from which seed, judged on which day, and how big each site is.
///
/// The same spec always yields the same ``Province`` (byte for byte), so tests, demos and
/// benchmarks can name a province by its spec.
public struct ProvinceSpec: Sendable, Hashable, Codable {
    /// How many inventory sites (60 for the demo, 250 to 4000 for benchmarks; at most ``maximumSites``).
    public var sites: Int
    /// The most sites the roster can name.
    public static var maximumSites: Int { ProvinceRoster.capacity }
    /// Seeds every random choice.
    public var seed: UInt64
    /// The inspection's 监测时间点: every planted date is placed relative to it.
    public var asOf: CivilDate
    /// Roughly how many pages each site serves (columns × list pages + articles + homepage).
    public var pagesPerSite: Int

    /// A spec; the defaults give the demo's small province.
    public init(sites: Int = 60, seed: UInt64 = 2024, asOf: CivilDate, pagesPerSite: Int = 45) {
        self.sites = min(max(1, sites), ProvinceRoster.capacity)
        self.seed = seed
        self.asOf = asOf
        self.pagesPerSite = max(16, pagesPerSite)
    }

    /// The benchmark's province: 1000 sites of about 100 pages.
    public static func benchmark(seed: UInt64 = 2024, asOf: CivilDate) -> ProvinceSpec {
        ProvinceSpec(sites: 1000, seed: seed, asOf: asOf, pagesPerSite: 100)
    }

    /// Items each ordinary column lists, derived from ``pagesPerSite``.
    var itemsPerColumn: Int { max(3, (pagesPerSite - 1) * 4 / 35) }

    /// Items on one list page: small, so that every column has at least two pages.
    var itemsPerListPage: Int { max(2, (itemsPerColumn + 1) / 2) }
}
