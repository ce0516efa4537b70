/// One website of the inventory: the unit a sweep shards across workers.
public struct Site: Codable, Hashable, Sendable {
    /// 网站标识码, e.g. `3611000003` or `bm01000001`.
    public var id: String
    /// 网站名称.
    public var name: String
    /// The homepage as the inventory gives it.
    public var url: String
    /// 主办单位.
    public var unit: String?
    /// 所属地方或部门, e.g. 上饶市.
    public var region: String?
    public var level: SiteLevel?
    /// Sites on one hosting platform (集约化平台) that share one politeness budget.
    public var hostGroup: String?

    public init(
        id: String, name: String, url: String, unit: String? = nil, region: String? = nil,
        level: SiteLevel? = nil, hostGroup: String? = nil
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.unit = unit
        self.region = region
        self.level = level
        self.hostGroup = hostGroup
    }

    enum CodingKeys: String, CodingKey {
        case id = "site_id", name, url, unit, region, level
        case hostGroup = "host_group"
    }
}

/// The administrative level of a site's owner.
public enum SiteLevel: String, Codable, CaseIterable, Sendable {
    case province, city, county, township, department
}
