/// The columns of a columns file (栏目清单).
enum ColumnField: HeaderField {
    case siteID, name, url, category

    var headerNames: [String] {
        switch self {
        case .siteID: ["site_id", "网站标识码"]
        case .name: ["name", "栏目名称"]
        case .url: ["url", "栏目地址", "栏目网址", "网址"]
        case .category: ["category", "栏目类别", "类别"]
        }
    }

    var isRequired: Bool { true }
}
