import GovSweepProtocol

/// The order in which a province's sites are listed: the portal first, then the cities in turn,
/// each contributing its government, counties, departments (platform channels) and towns.
struct ProvinceRoster {
    struct Entity: Sendable {
        var name: String
        var unit: String
        var region: String
        var level: SiteLevel
        /// The 6-character organisation part of the 网站标识码.
        var organisationCode: String
        /// Sites with the same key share one platform host (集约化平台).
        var platformKey: String?
        var platformName: String?
        var channelSlug: String = ""
    }

    let entities: [Entity]

    /// The sites of the real cities and counties (about 1000).
    static let baseCapacity = 2 + Gazetteer.cities.reduce(0) { $0 + entities(of: $1).count }
    /// The most sites the roster can name (about 5400): the real cities and counties, then
    /// ``extraCountiesPerCity`` made-up counties in each city.
    static let capacity = baseCapacity + Gazetteer.cities.indices.reduce(0) { $0 + extraEntities(ofCity: $1).count }
    /// Made-up counties per city past the real ones, for provinces of thousands of sites.
    static let extraCountiesPerCity = 16

    /// The first `count` sites. Up to ``baseCapacity`` they are the real cities' and counties',
    /// exactly as before the roster grew; past it the made-up counties follow, taken from the
    /// cities in turn, so that any size is one prefix of one list and the same for a seed.
    init(count: Int) {
        var result = [ProvinceRoster.portal, ProvinceRoster.taxBureau]
        Self.interleave(Gazetteer.cities.map(ProvinceRoster.entities(of:)), into: &result, upTo: count)
        if result.count < count {
            Self.interleave(Gazetteer.cities.indices.map(ProvinceRoster.extraEntities(ofCity:)), into: &result, upTo: count)
        }
        entities = Array(result.prefix(count))
    }

    /// Appends the lists' entities round by round (the first of each list, then the second …).
    private static func interleave(_ lists: [[Entity]], into result: inout [Entity], upTo count: Int) {
        var round = 0
        while result.count < count {
            for list in lists.indices where round < lists[list].count && result.count < count {
                result.append(lists[list][round])
            }
            round += 1
            if lists.allSatisfy({ round >= $0.count }) { break }
        }
    }

    /// The made-up counties of the city at `index`: ``extraCountiesPerCity`` of them, with codes
    /// `CCCC40`…`CCCC55` (no real county uses them) and two-character names that no other
    /// county, real or made up, has (a platform is named after its county); each has its
    /// government, its departments and its towns, like a real county.
    static func extraEntities(ofCity index: Int) -> [Entity] {
        let city = Gazetteer.cities[index]
        let first = Array("青白龙桃松石金云丰安永宁康泰和瑞")
        let second = Array("山沙泉源溪田川江平阳岭")
        var counties: [Entity] = []
        var offices: [Entity] = []
        for offset in 0..<extraCountiesPerCity {
            let number = index * extraCountiesPerCity + offset
            let name = "\(first[number % first.count])\(second[number / first.count % second.count])县"
            let code = city.code + String(40 + offset)
            let (county, countyOffices) = countyEntities(name: name, code: code, region: city.name)
            counties.append(county)
            offices += countyOffices
        }
        return counties + offices
    }

    static let portal = Entity(
        name: "江西省人民政府", unit: "江西省人民政府办公厅", region: "江西省", level: .province,
        organisationCode: Gazetteer.provinceCode)

    /// A vertically managed agency: its 网站标识码 uses the `bm` form.
    static let taxBureau = Entity(
        name: "国家税务总局江西省税务局", unit: "国家税务总局江西省税务局", region: "江西省", level: .department,
        organisationCode: "bm2900")

    /// One city's sites, interleaved so that a small province still mixes levels. City
    /// departments and towns are channels of a platform; county departments run their own sites.
    static func entities(of city: Gazetteer.City) -> [Entity] {
        let cityCode = city.code + "00"
        let cityPlatform = "\(city.name)政府网站集约化平台"
        var counties: [Entity] = []
        var countyOffices: [Entity] = []
        for (name, code) in city.counties {
            let (county, offices) = countyEntities(name: name, code: code, region: city.name)
            counties.append(county)
            countyOffices += offices
        }
        let departments = Gazetteer.departments.map { department in
            Entity(
                name: "\(city.name)\(department.name)", unit: "\(city.name)\(department.name)", region: city.name,
                level: .department, organisationCode: cityCode, platformKey: cityCode, platformName: cityPlatform,
                channelSlug: department.slug)
        }
        var list = [Entity(
            name: "\(city.name)人民政府", unit: "\(city.name)人民政府办公室", region: city.name, level: .city,
            organisationCode: cityCode)]
        for index in 0..<max(counties.count, departments.count) {
            if index < counties.count { list.append(counties[index]) }
            if index < departments.count { list.append(departments[index]) }
        }
        return list + countyOffices
    }

    /// A county's government, and its departments (sites of their own) and towns (channels of the
    /// county's platform).
    static func countyEntities(name: String, code: String, region: String) -> (county: Entity, offices: [Entity]) {
        let county = Entity(
            name: "\(name)人民政府", unit: "\(name)人民政府办公室", region: region, level: .county, organisationCode: code)
        let countyPlatform = "\(name)政府网站集约化平台"
        var offices: [Entity] = []
        for department in Gazetteer.departments {
            offices.append(Entity(
                name: "\(name)\(department.name)", unit: "\(name)\(department.name)", region: region,
                level: .department, organisationCode: code, channelSlug: department.slug))
        }
        for (offset, town) in Gazetteer.townNames.prefix(12).enumerated() {
            offices.append(Entity(
                name: "\(name)\(town)人民政府", unit: "\(name)\(town)人民政府", region: region,
                level: .township, organisationCode: code, platformKey: code, platformName: countyPlatform,
                channelSlug: "xz\(offset)"))
        }
        return (county, offices)
    }
}
