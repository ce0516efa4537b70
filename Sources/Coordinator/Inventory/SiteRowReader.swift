import GovSweepProtocol

/// Turns inventory rows into sites, one row at a time, remembering the ids and homepages seen.
///
/// A row is left out (an error) for a missing site_id, name or url, a duplicate site_id, a url that
/// is not http(s) or a level it does not know. It loads with a warning when its site_id is not a
/// well-formed 网站标识码, when its homepage repeats another site's, or when it has more cells than
/// the header names (an unquoted comma). A politeness budget outside its limits is an error;
/// a second, different budget for one politeness key a warning.
struct SiteRowReader {
    let header: HeaderMap<InventoryField>
    private let headerWidth: Int
    private var firstLineOfID: [String: Int] = [:]
    private var firstLineOfURL: [String: (line: Int, id: String)] = [:]
    /// The politeness budgets rows set, by politeness key (``SiteRowReader/checkedBudget(in:_:)``).
    var overrides: [String: PolitenessOverride] = [:]

    init(header: HeaderMap<InventoryField>, headerWidth: Int) {
        self.header = header
        self.headerWidth = headerWidth
    }

    /// The site of `record` (nil when the row is left out) and the problems found in it.
    mutating func read(_ record: CSVRecord) -> (site: Site?, problems: [InventoryProblem]) {
        var remarks = Remarks()
        let id = checkedID(in: record, &remarks)
        let name = header.value(.name, in: record)
        if name == nil { remarks.errors.append("missing name") }
        let url = checkedURL(in: record, &remarks)
        let level = checkedLevel(in: record, &remarks)
        let budget = checkedBudget(in: record, &remarks)
        if record.fields.dropFirst(headerWidth).contains(where: { !$0.trimmedForInventory.isEmpty }) {
            remarks.warnings.append("\(record.fields.count) cells but the header names \(headerWidth): quote cells that contain commas")
        }
        if remarks.errors.isEmpty, let id, let url {
            if let first = firstLineOfURL[url] {
                remarks.warnings.append("homepage \(url) is also site \(first.id)'s (line \(first.line)); loaded anyway")
            } else {
                firstLineOfURL[url] = (record.line, id)
            }
        }

        let problems = remarks.problems(line: record.line)
        guard remarks.errors.isEmpty, let id, let name, let url else { return (nil, problems) }
        let site = Site(
            id: id, name: name.collapsingWhiteSpace, url: url,
            unit: header.value(.unit, in: record)?.collapsingWhiteSpace,
            region: header.value(.region, in: record)?.collapsingWhiteSpace,
            level: level,
            hostGroup: header.value(.hostGroup, in: record))
        var budgetProblems: [InventoryProblem] = []
        if let budget { budgetProblems = keep(budget, for: site, line: record.line) }
        return (site, problems + budgetProblems)
    }

    /// The row's site_id; a repeat is an error, an id not shaped like a 网站标识码 a warning.
    private mutating func checkedID(in record: CSVRecord, _ remarks: inout Remarks) -> String? {
        guard let id = header.value(.siteID, in: record) else {
            remarks.errors.append("missing site_id")
            return nil
        }
        if let first = firstLineOfID[id] {
            remarks.errors.append("duplicate site_id \(id) (first on line \(first))")
            return id
        }
        firstLineOfID[id] = record.line
        if SiteIdentifier.looksLikeScientificNotation(id) {
            remarks.warnings.append("site_id \"\(id)\" was rewritten by a spreadsheet in scientific notation; format the column as text and export again; loaded anyway")
        } else if !SiteIdentifier.isWellFormed(id) {
            remarks.warnings.append("site_id \"\(id)\" is not a 网站标识码 (6-digit area code or bm + 4 digits, then 4 digits); loaded anyway")
        }
        return id
    }

    /// The row's homepage, normalised; nil (and an error) when missing or not http(s).
    private func checkedURL(in record: CSVRecord, _ remarks: inout Remarks) -> String? {
        guard let raw = header.value(.url, in: record) else {
            remarks.errors.append("missing url")
            return nil
        }
        guard let url = HomepageURL.normalised(raw) else {
            remarks.errors.append("url \"\(raw)\" is not an http(s) URL")
            return nil
        }
        return url
    }

    /// The row's level; nil when the cell is empty, nil and an error when it names no level.
    private func checkedLevel(in record: CSVRecord, _ remarks: inout Remarks) -> SiteLevel? {
        guard let text = header.value(.level, in: record) else { return nil }
        guard let level = SiteLevel(inventoryText: text) else {
            remarks.errors.append("unknown level \"\(text)\" (use province, city, county, township, department or 省级, 市级, 县级, 乡镇, 部门)")
            return nil
        }
        return level
    }

    /// What is wrong with one row so far.
    struct Remarks {
        var errors: [String] = []
        var warnings: [String] = []

        func problems(line: Int) -> [InventoryProblem] {
            errors.map { InventoryProblem(line: line, reason: $0) }
                + warnings.map { InventoryProblem(line: line, reason: $0, severity: .warning) }
        }
    }
}

extension String {
    /// The text with every run of white space (a newline in a quoted cell included) made one space.
    var collapsingWhiteSpace: String {
        split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.isInventorySpace) }).joined(separator: " ")
    }
}
