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

    /// The most sites the roster can name (about 1000).
    static let capacity = 2 + Gazetteer.cities.reduce(0) { $0 + entities(of: $1).count }

    init(count: Int) {
        let perCity = Gazetteer.cities.map(ProvinceRoster.entities(of:))
        var result = [ProvinceRoster.portal, ProvinceRoster.taxBureau]
        var round = 0
        while result.count < count {
            for city in perCity.indices where round < perCity[city].count && result.count < count {
                result.append(perCity[city][round])
            }
            round += 1
            if perCity.allSatisfy({ round >= $0.count }) { break }
        }
        entities = Array(result.prefix(count))
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
            counties.append(Entity(
                name: "\(name)人民政府", unit: "\(name)人民政府办公室", region: city.name, level: .county,
                organisationCode: code))
            let countyPlatform = "\(name)政府网站集约化平台"
            for department in Gazetteer.departments {
                countyOffices.append(Entity(
                    name: "\(name)\(department.name)", unit: "\(name)\(department.name)", region: city.name,
                    level: .department, organisationCode: code, channelSlug: department.slug))
            }
            for (offset, town) in Gazetteer.townNames.prefix(12).enumerated() {
                countyOffices.append(Entity(
                    name: "\(name)\(town)人民政府", unit: "\(name)\(town)人民政府", region: city.name,
                    level: .township, organisationCode: code, platformKey: code, platformName: countyPlatform,
                    channelSlug: "xz\(offset)"))
            }
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
}
