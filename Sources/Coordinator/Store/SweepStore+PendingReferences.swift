import GRDB
import GovSweepProtocol

/// Pending link references: targets whose verdict is not known yet, one row per (site, target)
/// in `link_refs`, and the pages that hold them, one row per page in `page_link_refs` listing
/// the page's pending targets (docs/architecture.md, "Durability and resume").
///
/// A page holds tens of such targets (a platform channel's every link, a footer's outside links)
/// and almost every verdict is "working", which needs no pages: a row per page and target, written
/// and deleted again, was most of the rows a batch wrote. The pages of a target are looked up only
/// when its verdict fails, by reading the site's page rows.
extension SweepStore {
    /// How a page row lists its targets: each between newlines (`"\nA\nB\n"`); a normalised URL
    /// holds no newline.
    static func targetList(_ targets: some Sequence<String>) -> String {
        "\n" + targets.joined(separator: "\n") + "\n"
    }

    static func targets(inList list: String) -> [Substring] {
        list.split(separator: "\n")
    }

    /// Keeps one row per (site, target) whose verdict is pending, and adds the targets to the rows
    /// of the pages that hold them.
    static func mergeReferences(_ references: [LinkReference], siteID: String, sweepID: String, db: Database) throws {
        guard !references.isEmpty else { return }
        var targetsByPage: [String: [String]] = [:]
        for reference in references {
            try mergeReference(reference, siteID: siteID, sweepID: sweepID, db: db)
            for page in reference.foundOn { targetsByPage[page, default: []].append(reference.target) }
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO page_link_refs (sweep_id, site_id, page, targets) VALUES (?, ?, ?, ?)
            ON CONFLICT (sweep_id, site_id, page) DO UPDATE SET targets = targets || substr(excluded.targets, 2)
            """)
        for (page, targets) in targetsByPage.sorted(by: { $0.key < $1.key }) {
            try upsert.execute(arguments: [sweepID, siteID, page, targetList(targets)])
        }
    }

    /// The (site, target) row of one reference; an attachment upgrades the row's kind (never the reverse).
    static func mergeReference(_ reference: LinkReference, siteID: String, sweepID: String, db: Database) throws {
        let bare = LinkReference(target: reference.target, kind: reference.kind, foundOn: [])
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO link_refs (sweep_id, site_id, target, reference_json) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [sweepID, siteID, reference.target, json(bare)])
        if reference.kind == .attachment {
            try db.cachedStatement(
                sql: "UPDATE link_refs SET reference_json = ? WHERE sweep_id = ? AND site_id = ? AND target = ?"
            ).execute(arguments: [json(bare), sweepID, siteID, reference.target])
        }
    }

    /// Ends the reference of a site to a target whose verdict arrived. The page rows keep the
    /// target until the site has no pending reference left; then they go too.
    static func deleteReference(_ target: String, siteID: String, sweepID: String, db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM link_refs WHERE sweep_id = ? AND site_id = ? AND target = ?")
            .execute(arguments: [sweepID, siteID, target])
        guard db.changesCount > 0 else { return }
        let pending = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM link_refs WHERE sweep_id = ? AND site_id = ? LIMIT 1"),
            arguments: [sweepID, siteID]) ?? false
        if !pending {
            try db.cachedStatement(sql: "DELETE FROM page_link_refs WHERE sweep_id = ? AND site_id = ?")
                .execute(arguments: [sweepID, siteID])
        }
    }

    /// The pages of one site holding a pending target, by URL.
    static func pages(holding target: String, siteID: String, sweepID: String, db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: holderPagesQuery), arguments: [sweepID, siteID, targetList([target])])
    }

    /// Pending references with the pages that hold them, of one site or of every site; by site, then target.
    static func references(sweepID: String, siteID: String?, db: Database) throws -> [(siteID: String, reference: LinkReference)] {
        let filter = "sweep_id = ?" + (siteID == nil ? "" : " AND site_id = ?")
        let arguments = StatementArguments([sweepID, siteID].compactMap { $0 })
        var pages: [String: [String: [String]]] = [:]  // site → target → pages
        let rows = try Row.fetchCursor(
            db, sql: "SELECT site_id, page, targets FROM page_link_refs WHERE \(filter) ORDER BY site_id, page", arguments: arguments)
        while let row = try rows.next() {
            let site: String = row["site_id"]
            let page: String = row["page"]
            let list: String = row["targets"]
            for target in Set(targets(inList: list)) { pages[site, default: [:]][String(target), default: []].append(page) }
        }
        return try Row.fetchAll(
            db, sql: "SELECT site_id, reference_json FROM link_refs WHERE \(filter) ORDER BY site_id, target", arguments: arguments
        ).map { row in
            let site: String = row["site_id"]
            var reference = try decode(LinkReference.self, row["reference_json"])
            reference.foundOn = pages[site]?[reference.target] ?? []
            return (site, reference)
        }
    }

    /// The pages of one site holding a target; arguments: sweep, site, the target as ``targetList(_:)`` writes it.
    static let holderPagesQuery =
        "SELECT page FROM page_link_refs WHERE sweep_id = ? AND site_id = ? AND instr(targets, ?) > 0 ORDER BY page"
}
