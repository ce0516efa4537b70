/// Column (栏目) categories of the findings contract, each with its own update window.
public enum ColumnCategory: String, Codable, CaseIterable, Sendable {
    /// 动态、要闻类
    case news
    /// 通知公告类
    case notice
    /// 政策文件类
    case policy
    /// 政策解读类
    case interpretation
    /// 规划计划类
    case plan
    /// 人事信息类
    case personnel
    /// Everything else: not judged unless configured.
    case other

    /// The category's Chinese name as circulars write it.
    public var chineseName: String {
        switch self {
        case .news: "动态要闻类"
        case .notice: "通知公告类"
        case .policy: "政策文件类"
        case .interpretation: "政策解读类"
        case .plan: "规划计划类"
        case .personnel: "人事信息类"
        case .other: "其他"
        }
    }
}

/// Where a column record comes from.
public enum ColumnSource: String, Codable, Sendable {
    /// Named by the operator's columns file.
    case inventory
    /// Found by the crawler.
    case discovered
}
