/// One line of `columns.jsonl`: a column (栏目) found or configured on a site.
public struct ColumnRecord: Hashable, Sendable {
    public var siteID: String
    /// The column's list page (first page).
    public var url: String
    public var name: String
    public var category: ColumnCategory
    /// The newest item date seen on the column's pages; nil when no item is dated.
    public var latest: CivilDate?
    /// Dated items seen on the column's pages crawled.
    public var items: Int
    public var source: ColumnSource

    public init(
        siteID: String, url: String, name: String, category: ColumnCategory, latest: CivilDate?,
        items: Int, source: ColumnSource
    ) {
        self.siteID = siteID
        self.url = url
        self.name = name
        self.category = category
        self.latest = latest
        self.items = items
        self.source = source
    }

    /// The export order: site, then url.
    public static func exportOrder(_ a: ColumnRecord, _ b: ColumnRecord) -> Bool {
        (a.siteID, a.url) < (b.siteID, b.url)
    }
}

extension ColumnRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case siteID = "site_id", url, name, category, latest, items, source
    }

    /// Encodes every field, writing an absent `latest` as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(siteID, forKey: .siteID)
        try c.encode(url, forKey: .url)
        try c.encode(name, forKey: .name)
        try c.encode(category, forKey: .category)
        try c.encode(latest, forKey: .latest)
        try c.encode(items, forKey: .items)
        try c.encode(source, forKey: .source)
    }
}
