import Foundation
import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Stores a batch in one transaction. Returns false when the batch id was stored before (a resend).
    @discardableResult
    public func commit(_ batch: Batch, sweepID: String, now: Double) throws(StoreError) -> Bool {
        try write { db in try Self.insert(batch, sweepID: sweepID, now: now, db: db) }
    }

    /// Writes a batch's rows in the current transaction; false when the batch id was stored before.
    static func insert(_ batch: Batch, sweepID: String, now: Double, db: Database) throws -> Bool {
        let seen = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM batches WHERE sweep_id = ? AND batch_id = ?"),
            arguments: [sweepID, batch.batchID]) ?? false
        if seen { return false }
        try db.cachedStatement(sql: "INSERT INTO batches (sweep_id, batch_id, received_at) VALUES (?, ?, ?)")
            .execute(arguments: [sweepID, batch.batchID, now])
        let insertPage = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO pages (sweep_id, site_id, url, report_json) VALUES (?, ?, ?, ?)")
        // A page is stored as the text its worker sent (docs/protocol.md, "Pages stored as sent").
        let texts = batch.pageTexts.flatMap { $0.count == batch.pages.count ? $0 : nil }
        for (index, page) in batch.pages.enumerated() {
            let text = texts?[index] ?? Self.json(page)
            try insertPage.execute(arguments: [sweepID, batch.siteID, page.url, text])
        }
        let insertEntry = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO frontier (sweep_id, site_id, url, entry_json) VALUES (?, ?, ?, ?)")
        for entry in batch.frontier {
            try insertEntry.execute(arguments: [sweepID, batch.siteID, entry.url, Self.json(entry)])
        }
        try Self.mergeReferences(batch.references, siteID: batch.siteID, sweepID: sweepID, db: db)
        for outcome in batch.links {
            try Self.mergeLink(outcome, siteID: batch.siteID, sweepID: sweepID, db: db)
        }
        for target in batch.links.map(\.target) + batch.resolved {
            try Self.deleteReference(target, siteID: batch.siteID, sweepID: sweepID, db: db)
        }
        if !batch.notes.isEmpty {
            try Self.mergeNotes(batch.notes, siteID: batch.siteID, sweepID: sweepID, db: db)
        }
        return true
    }

    /// Keeps one row per (site, target), merging the pages that hold it; and the sweep-wide verdict.
    static func mergeLink(_ outcome: LinkOutcome, siteID: String, sweepID: String, db: Database) throws {
        let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT outcome_json FROM links WHERE sweep_id = ? AND site_id = ? AND target = ?"),
            arguments: [sweepID, siteID, outcome.target])
        var merged = outcome
        let old = existing.flatMap { try? decode(LinkOutcome.self, $0) }
        // A page that called the target an attachment keeps it one, whichever fetch or check answered.
        if old?.kind == .attachment { merged.kind = .attachment }
        // Only failing links need the pages that hold them (a finding names them); a working link
        // is kept for the count of sites that share it.
        if outcome.verdict == .ok {
            merged.foundOn = []
        } else if let old {
            var pages = old.foundOn
            for page in outcome.foundOn where !pages.contains(page) { pages.append(page) }
            merged.foundOn = pages
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO links (sweep_id, site_id, target, outcome_json) VALUES (?, ?, ?, ?)")
            .execute(arguments: [sweepID, siteID, outcome.target, json(merged)])
        var verdict = outcome
        verdict.foundOn = []
        if existing == nil {
            try db.cachedStatement(sql: """
                INSERT INTO verdicts (sweep_id, target, outcome_json, sites) VALUES (?, ?, ?, 1)
                ON CONFLICT (sweep_id, target) DO UPDATE SET sites = sites + 1, outcome_json = excluded.outcome_json
                """
            ).execute(arguments: [sweepID, outcome.target, json(verdict)])
        }
    }

    static func mergeNotes(_ notes: SiteNotes, siteID: String, sweepID: String, db: Database) throws {
        let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT notes_json FROM sites WHERE sweep_id = ? AND site_id = ?"), arguments: [sweepID, siteID])
        let old = (existing.flatMap { try? decode(SiteNotes.self, $0) }) ?? SiteNotes()
        try db.cachedStatement(sql: "UPDATE sites SET notes_json = ? WHERE sweep_id = ? AND site_id = ?")
            .execute(arguments: [json(old.merged(with: notes)), sweepID, siteID])
    }

    /// What a new lease of the site needs to go on where the last one stopped.
    public func resumeState(sweepID: String, siteID: String, sharedVerdictLimit: Int = 5000)
        throws(StoreError) -> (done: [String], frontier: [FrontierEntry], knownLinks: [LinkOutcome], pendingLinks: [LinkReference])
    {
        try read { db in
            let done = try String.fetchAll(
                db, sql: "SELECT url FROM pages WHERE sweep_id = ? AND site_id = ? ORDER BY url", arguments: [sweepID, siteID])
            let doneSet = Set(done)
            let frontier = try String.fetchAll(
                db, sql: "SELECT entry_json FROM frontier WHERE sweep_id = ? AND site_id = ? ORDER BY rowid",
                arguments: [sweepID, siteID]
            ).map { try Self.decode(FrontierEntry.self, $0) }.filter { !doneSet.contains($0.url) }
            var known = try String.fetchAll(
                db, sql: "SELECT outcome_json FROM links WHERE sweep_id = ? AND site_id = ?", arguments: [sweepID, siteID]
            ).map { try Self.decode(LinkOutcome.self, $0) }
            let ownTargets = Set(known.map(\.target))
            // Targets several sites link to (www.gov.cn and the like) are checked once per sweep.
            let shared = try String.fetchAll(
                db, sql: Self.sharedVerdictsQuery, arguments: [sweepID, sharedVerdictLimit]
            ).map { try Self.decode(LinkOutcome.self, $0) }
            known += shared.filter { !ownTargets.contains($0.target) }
            let pending = try Self.references(sweepID: sweepID, siteID: siteID, db: db).map(\.reference)
            return (done, frontier, known, pending)
        }
    }

    /// The verdicts of targets several sites link to, most shared first; arguments: sweep, limit.
    /// Read at every lease, so it walks the `verdicts_by_sites` index from its end and stops at the
    /// limit instead of reading and sorting every verdict of the sweep.
    static let sharedVerdictsQuery =
        "SELECT outcome_json FROM verdicts WHERE sweep_id = ? AND sites >= 2 ORDER BY sites DESC LIMIT ?"
}
