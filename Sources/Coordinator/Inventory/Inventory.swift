import GovSweepProtocol

/// The sites of an inventory file and what was wrong with the rows that did not load cleanly.
public struct Inventory: Sendable {
    /// The sites that loaded, in file order.
    public var sites: [Site]
    /// Rows left out (errors) and rows loaded with a remark (warnings), by line.
    public var problems: [InventoryProblem]
    /// The encoding the file was read in: `UTF-8`, `UTF-8 with BOM`, `GB18030` or `UTF-16LE`/`UTF-16BE`.
    public var encoding: String
    /// Politeness budgets rows set (`host_concurrency`, `host_gap_ms`), by politeness key.
    public var politeness: [String: PolitenessOverride]

    /// An inventory of `sites`, the `problems` met loading them, the file's `encoding` and the
    /// politeness budgets its rows set.
    public init(sites: [Site], problems: [InventoryProblem], encoding: String, politeness: [String: PolitenessOverride] = [:]) {
        self.sites = sites
        self.problems = problems
        self.encoding = encoding
        self.politeness = politeness
    }

    /// The problems that kept a row out of the inventory.
    public var errors: [InventoryProblem] { problems.filter(\.isError) }
    /// The problems of rows that loaded anyway.
    public var warnings: [InventoryProblem] { problems.filter { !$0.isError } }
}
