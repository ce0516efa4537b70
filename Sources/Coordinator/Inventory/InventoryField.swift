/// The columns of an inventory file.
enum InventoryField: HeaderField {
    case siteID, name, url, unit, region, level, hostGroup, hostConcurrency, hostGapMilliseconds

    var headerNames: [String] {
        switch self {
        case .siteID: ["site_id", "网站标识码"]
        case .name: ["name", "网站名称"]
        case .url: ["url", "首页地址", "网址", "首页网址"]
        case .unit: ["unit", "主办单位"]
        case .region: ["region", "所属地方或部门", "所属地方"]
        case .level: ["level", "级别"]
        case .hostGroup: ["host_group", "集约化平台"]
        case .hostConcurrency: ["host_concurrency", "同时请求数"]
        case .hostGapMilliseconds: ["host_gap_ms", "请求间隔毫秒"]
        }
    }

    var isRequired: Bool {
        switch self {
        case .siteID, .name, .url: true
        case .unit, .region, .level, .hostGroup, .hostConcurrency, .hostGapMilliseconds: false
        }
    }
}
