import GovSweepProtocol

/// Builds a ``Province`` from a ``ProvinceSpec``: pure and deterministic for a seed.
struct ProvinceGenerator {
    let spec: ProvinceSpec
    var random: SeededRandom
    var hosts: [HostModel] = []
    var sites: [SiteModel] = []
    /// Serial numbers used so far under each 6-character organisation code.
    private var serials: [String: Int] = [:]
    /// Platform host index per platform key (city or county code).
    private var platforms: [String: Int] = [:]

    init(spec: ProvinceSpec) {
        self.spec = spec
        self.random = SeededRandom(seed: spec.seed)
    }

    /// Generates the whole province.
    mutating func generate() -> Province {
        for entity in ProvinceRoster(count: spec.sites).entities {
            addSite(entity)
        }
        var planter = DefectPlanter(spec: spec, random: random.derived(7))
        planter.plant(into: &sites, hosts: &hosts)
        // Variety from a stream of its own, so that the defects above stay where they were.
        var variety = VarietyPlanter(spec: spec, random: random.derived(11))
        variety.plant(into: &sites, hosts: hosts)
        var boards = MessageBoardPlanter(spec: spec, random: random.derived(13))
        boards.plant(into: &sites, hosts: hosts)
        var policies = PolicyPlanter(spec: spec)
        policies.plant(into: &sites, hosts: hosts)
        var copies = CopiedContentPlanter(spec: spec)
        copies.plant(into: &sites, hosts: hosts)
        let services = hosts.count
        hosts.append(HostModel(role: .services, name: "国家政府网站监管服务", notFound: .hard404))
        hosts.append(HostModel(role: .blocking, name: "外部站点（拒绝爬虫）", notFound: .hard404))
        hosts.append(HostModel(role: .dead, name: "已关停的外部站点（拒绝连接）", notFound: .hard404, refuses: true))
        hosts.append(HostModel(role: .dead, name: "无响应的外部站点", notFound: .hard404, hangs: true))
        return Province(spec: spec, hosts: hosts, sites: sites, servicesHost: services, blockingHost: services + 1)
    }

    private mutating func nextID(organisation: String) -> String {
        let serial = serials[organisation, default: 0] + 1
        serials[organisation] = serial
        let digits = String(serial)
        return organisation + String(repeating: "0", count: 4 - digits.count) + digits
    }

    private mutating func addSite(_ entity: ProvinceRoster.Entity) {
        let index = sites.count
        let hostIndex: Int
        var prefix = ""
        var group: String? = nil
        if let platformKey = entity.platformKey {
            group = entity.platformName
            if let existing = platforms[platformKey] {
                hostIndex = existing
            } else {
                hostIndex = hosts.count
                platforms[platformKey] = hostIndex
                hosts.append(HostModel(role: .platform, name: entity.platformName ?? platformKey, notFound: randomNotFound()))
            }
            prefix = "/" + entity.channelSlug
        } else {
            hostIndex = hosts.count
            hosts.append(HostModel(role: .site, name: entity.name, notFound: randomNotFound()))
        }
        hosts[hostIndex].siteIndices.append(index)
        let firstOnHost = hosts[hostIndex].siteIndices.count == 1
        let style: CMSStyle
        let encoding: PageEncoding
        if !firstOnHost, let sibling = hosts[hostIndex].siteIndices.first {
            style = sites[sibling].style
            encoding = sites[sibling].encoding
        } else {
            let roll = random.int(in: 0...99)
            style = entity.platformKey != nil ? (roll < 50 ? .trs : .hanweb) : (roll < 40 ? .trs : roll < 75 ? .hanweb : .jsp)
            let gbkShare = style == .jsp ? 0.7 : 0.1
            encoding = random.chance(gbkShare)
                ? (random.chance(0.5) ? .gbkMetaOnly : .gbkHeaderDisagrees)
                : (random.chance(0.1) ? .utf8StaleMeta : .utf8)
        }
        var columnRandom = random.derived(UInt64(index) &+ 1000)
        let columns = ColumnFactory(spec: spec, level: entity.level, unit: entity.unit, region: entity.region)
            .makeColumns(random: &columnRandom)
        sites.append(SiteModel(
            id: nextID(organisation: entity.organisationCode), name: entity.name, unit: entity.unit,
            region: entity.region, level: entity.level, hostIndex: hostIndex, pathPrefix: prefix,
            hostGroup: group, style: style, encoding: encoding, hanwebUnit: random.int(in: 10_000...99_999),
            dateFormat: random.int(in: 0...2), columns: columns))
    }

    private mutating func randomNotFound() -> NotFoundStyle {
        switch random.int(in: 0...9) {
        case 0...5: .hard404
        case 6...8: .soft404
        default: .redirectTo404
        }
    }
}
