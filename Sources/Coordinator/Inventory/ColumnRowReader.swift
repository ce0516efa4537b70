import GovSweepProtocol

/// Turns columns-file rows into configured columns, remembering the (site, url) pairs seen.
///
/// A row is left out when a cell is missing, its site is not in the inventory, its url is not
/// http(s), its category is unknown, or it repeats a column of the same site.
struct ColumnRowReader {
    private let header: HeaderMap<ColumnField>
    private let sites: Set<String>
    private var firstLine: [String: Int] = [:]

    init(header: HeaderMap<ColumnField>, sites: Set<String>) {
        self.header = header
        self.sites = sites
    }

    /// The site id and column of `record` (nil when the row is left out) and the problems found in it.
    mutating func read(_ record: CSVRecord) -> (column: (siteID: String, column: ColumnRef)?, problems: [InventoryProblem]) {
        var errors: [String] = []
        let siteID = header.value(.siteID, in: record)
        let name = header.value(.name, in: record)
        let rawURL = header.value(.url, in: record)
        let rawCategory = header.value(.category, in: record)

        if let siteID, !sites.contains(siteID) { errors.append("site_id \(siteID) is not in the inventory") }
        if siteID == nil { errors.append("missing site_id") }
        if name == nil { errors.append("missing name") }
        let url = rawURL.flatMap { HomepageURL.normalised($0) }
        if let rawURL, url == nil { errors.append("url \"\(rawURL)\" is not an http(s) URL") }
        if rawURL == nil { errors.append("missing url") }
        let category = rawCategory.flatMap { ColumnCategory(inventoryText: $0) }
        if let rawCategory, category == nil {
            let ids = ColumnCategory.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append("unknown category \"\(rawCategory)\" (use \(ids) or the Chinese names such as 通知公告类)")
        }
        if rawCategory == nil { errors.append("missing category") }

        let problems = { (errors: [String]) in errors.map { InventoryProblem(line: record.line, reason: $0) } }
        guard errors.isEmpty, let siteID, let name, let url, let category else { return (nil, problems(errors)) }
        let key = siteID + " " + url
        if let first = firstLine[key] {
            return (nil, problems(["duplicate column \(url) of site \(siteID) (first on line \(first))"]))
        }
        firstLine[key] = record.line
        let column = ColumnRef(name: name.collapsingWhiteSpace, url: url, category: category, source: .inventory)
        return ((siteID, column), [])
    }
}
