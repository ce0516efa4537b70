import Foundation
import GovSweepProtocol

/// Where one stored sweep stands, as `govsweep status` tells it: counts, the sites in progress and
/// the link checks waiting come from the database; whether a coordinator serves the sweep now, and
/// its estimate of the time left, from the database's lock (``DatabaseLock``).
public struct SweepStanding: Sendable {
    /// Whether anything is working on the sweep.
    public enum Liveness: Hashable, Sendable {
        case complete
        /// A live coordinator process serves it (it holds the database's lock), with the progress it last published.
        case live(DatabaseLock.Holder?, PublishedProgress?)
        /// Unfinished, and no coordinator serves it; the last one that did, when known.
        case interrupted(lastHolder: DatabaseLock.Holder?)

        /// The word `status` prints after the sweep's id.
        public var word: String {
            switch self {
            case .complete: "complete"
            case .live: "live"
            case .interrupted: "interrupted"
            }
        }
    }

    public var record: SweepRecord
    public var liveness: Liveness
    public var sitesTotal: Int
    public var sitesDone: Int
    public var inProgress: [SiteInProgress]
    public var waitingLinkChecks: [WaitingLinkChecks]
    public var pages: Int
    public var batches: Int
    public var failingLinks: Int

    /// Reads the standing of `record` from `store`, given the state of the database's lock.
    public static func read(store: SweepStore, record: SweepRecord, lock: DatabaseLock.State) throws(StoreError) -> SweepStanding {
        let sites = try store.sites(of: record.id)
        let counts = try store.counts(sweepID: record.id)
        let complete = record.state == .complete
        let inProgress = complete ? [] : try store.sitesInProgress(sweepID: record.id)
        let waiting = complete ? [] : try store.waitingLinkChecks(sweepID: record.id)
        return SweepStanding(
            record: record, liveness: liveness(of: record, lock: lock), sitesTotal: sites.count,
            sitesDone: sites.count { $0.state == .done }, inProgress: inProgress, waitingLinkChecks: waiting,
            pages: counts.pages, batches: counts.batches, failingLinks: counts.failingLinks)
    }

    static func liveness(of record: SweepRecord, lock: DatabaseLock.State) -> Liveness {
        if record.state == .complete { return .complete }
        let note = lock.note
        let serves = note.map { $0.holder.sweepID == nil || $0.holder.sweepID == record.id } ?? true
        if lock.isHeld, serves {
            return .live(note?.holder, note?.progress.flatMap { $0.sweepID == record.id ? $0 : nil })
        }
        return .interrupted(lastHolder: note.flatMap { $0.holder.sweepID == record.id ? $0.holder : nil })
    }

    /// Link targets waiting for a check, over every host.
    public var linkChecksWaiting: Int { waitingLinkChecks.reduce(0) { $0 + $1.targets } }

    /// The text `status` prints for the sweep; `db` as the operator named it, `now` for ages.
    /// Lists at most `listed` sites in progress and hosts with link checks waiting.
    public func lines(db: String, now: Double, listed: Int = 20) -> [String] {
        var lines = ["sweep \(record.id)  \(liveness.word)  as of \(record.settings.asOf)"]
        lines.append("  started   \(Self.time(record.createdAt))" + (record.finishedAt.map { "   finished \(Self.time($0))" } ?? ""))
        let pending = sitesTotal - sitesDone - inProgress.count
        switch liveness {
        case .complete:
            lines.append("  sites     \(sitesDone)/\(sitesTotal) done, 0 in progress, \(pending) pending")
        case .live(let holder, _):
            lines.append("  serving   " + (holder.map { Self.describe($0, now: now) } ?? "a coordinator holds \(DatabaseLock.path(forDatabase: db))"))
            lines.append("  sites     \(sitesDone)/\(sitesTotal) done, \(inProgress.count) in progress, \(pending) pending")
        case .interrupted(let last):
            lines.append("  stopped   no coordinator is serving it" + (last.map { "; the last was " + Self.describe($0, now: now) } ?? ""))
            lines.append("  sites     \(sitesDone)/\(sitesTotal) done, \(inProgress.count) unfinished, \(pending) pending")
        }
        lines.append("  pages     \(pages) stored in \(batches) batches; \(failingLinks) failing or blocked links")
        if !inProgress.isEmpty {
            lines.append(liveness.word == "live" ? "  in progress:" : "  unfinished (a resume goes on where they stopped):")
            for site in inProgress.prefix(listed) {
                let worker = site.workerID.map { "worker \($0), " } ?? ""
                lines.append("    \(site.siteID)  \(site.name)  \(site.url)  (\(worker)\(site.pages) pages, lease \(site.attempts))")
            }
            if inProgress.count > listed { lines.append("    … and \(inProgress.count - listed) more") }
        }
        if !waitingLinkChecks.isEmpty {
            lines.append("  link checks waiting: \(linkChecksWaiting) on \(waitingLinkChecks.count) hosts")
            for host in waitingLinkChecks.prefix(listed) { lines.append("    \(host.key)  \(host.targets)") }
            if waitingLinkChecks.count > listed { lines.append("    … and \(waitingLinkChecks.count - listed) more hosts") }
        }
        if let eta = etaLine(now: now) { lines.append("  ETA       " + eta) }
        if let inventory = record.options.inventoryPath { lines.append("  inventory \(inventory)") }
        if case .interrupted = liveness { lines.append("  continue with: govsweep resume --db \(db) --sweep \(record.id)") }
        return lines
    }

    /// The time left: the live coordinator's estimate, which counts sites and link checks alike.
    func etaLine(now: Double) -> String? {
        switch liveness {
        case .complete:
            return nil
        case .interrupted:
            return "none while no coordinator serves it"
        case .live(_, let progress):
            guard let progress else { return "unknown yet (the coordinator has not published its progress)" }
            let age = "as of \(Int((now - progress.updatedAt).rounded()))s ago"
            guard let eta = progress.etaSeconds else {
                let left = sitesTotal - sitesDone
                return "unknown (\(left) sites and \(progress.linkChecksWaiting) link checks left, no recent pace to go by; \(age))"
            }
            return SweepSnapshot.clock(eta) + " (\(age); \(progress.workers) workers, \(String(format: "%.1f", progress.pagesPerSecond)) pages/s)"
        }
    }

    static func describe(_ holder: DatabaseLock.Holder, now: Double) -> String {
        "`govsweep \(holder.command)`, pid \(holder.pid) on \(holder.host), since \(time(holder.startedAt))"
    }

    /// A moment as `status` prints it, in China Standard Time, naming the zone.
    public static func time(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        return formatter.string(from: Date(timeIntervalSince1970: seconds)) + " (Asia/Shanghai)"
    }
}
