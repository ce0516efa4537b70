/// Payloads of the protocol's messages. Field names on the wire are snake_case; see docs/protocol.md.

/// Worker → coordinator, first message on a connection.
public struct Hello: Codable, Hashable, Sendable {
    /// Stable across the worker process's reconnects, unique per process.
    public var workerID: String
    public var host: String
    /// The worker's GovSweep release.
    public var version: String
    /// How many sites the worker crawls at once.
    public var capacity: Int
    /// Unacknowledged batches the worker will resend after this handshake.
    public var pendingBatches: Int

    public init(workerID: String, host: String, version: String, capacity: Int, pendingBatches: Int = 0) {
        self.workerID = workerID
        self.host = host
        self.version = version
        self.capacity = capacity
        self.pendingBatches = pendingBatches
    }

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id", host, version, capacity
        case pendingBatches = "pending_batches"
    }
}

/// Coordinator → worker: the nonce the worker must sign with the shared token.
public struct Challenge: Codable, Hashable, Sendable {
    /// 32 random bytes, hex.
    public var nonce: String

    public init(nonce: String) { self.nonce = nonce }
}

/// Worker → coordinator: HMAC-SHA256(token, nonce bytes), hex.
public struct Authenticate: Codable, Hashable, Sendable {
    public var proof: String

    public init(proof: String) { self.proof = proof }
}

/// Coordinator → worker: the handshake succeeded.
public struct Welcome: Codable, Hashable, Sendable {
    public var sessionID: String
    /// How often the worker sends heartbeats.
    public var heartbeatSeconds: Double
    /// How long a lease lives without a heartbeat.
    public var leaseSeconds: Double

    public init(sessionID: String, heartbeatSeconds: Double, leaseSeconds: Double) {
        self.sessionID = sessionID
        self.heartbeatSeconds = heartbeatSeconds
        self.leaseSeconds = leaseSeconds
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case heartbeatSeconds = "heartbeat_seconds"
        case leaseSeconds = "lease_seconds"
    }
}

/// Coordinator → worker: the handshake failed; the connection closes after it.
public struct Reject: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Sendable {
        case versionMismatch = "version_mismatch"
        case badProof = "bad_proof"
        case timeout
        case protocolViolation = "protocol_violation"
        case tooManyConnections = "too_many_connections"
    }

    public var reason: Reason
    public var message: String

    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }
}

/// Either way: the sender is alive. A worker lists the leases it holds, which renews them.
public struct Heartbeat: Codable, Hashable, Sendable {
    public var leases: [String]

    public init(leases: [String] = []) { self.leases = leases }
}

/// Coordinator → worker: crawl a site under a lease.
public struct Assignment: Codable, Hashable, Sendable {
    public var leaseID: String
    public var site: Site
    public var settings: SweepSettings
    /// Columns the operator configured for this site.
    public var columns: [ColumnRef]
    /// Pages already done in an earlier lease: not fetched again.
    public var done: [String]
    /// The frontier left by an earlier lease.
    public var frontier: [FrontierEntry]
    /// Link targets already checked in this sweep (by any worker): not checked again.
    public var knownLinks: [LinkOutcome]
    /// Links held by pages of an earlier lease whose verdict never arrived: checked by this lease.
    public var pendingLinks: [LinkReference]

    public init(
        leaseID: String, site: Site, settings: SweepSettings, columns: [ColumnRef] = [], done: [String] = [],
        frontier: [FrontierEntry] = [], knownLinks: [LinkOutcome] = [], pendingLinks: [LinkReference] = []
    ) {
        self.leaseID = leaseID
        self.site = site
        self.settings = settings
        self.columns = columns
        self.done = done
        self.frontier = frontier
        self.knownLinks = knownLinks
        self.pendingLinks = pendingLinks
    }

    enum CodingKeys: String, CodingKey {
        case leaseID = "lease_id", site, settings, columns, done, frontier
        case knownLinks = "known_links"
        case pendingLinks = "pending_links"
    }
}

/// Worker → coordinator: what was seen since the last batch of a lease. Stored in one transaction.
public struct Batch: Codable, Hashable, Sendable {
    /// Unique per worker and sequence (`workerID-seq`); a resent batch keeps its id.
    public var batchID: String
    public var leaseID: String
    public var siteID: String
    public var pages: [PageReport]
    public var links: [LinkOutcome]
    /// URLs found that the crawler means to fetch.
    public var frontier: [FrontierEntry]
    /// Links found on this batch's pages (or earlier ones) whose verdict is not known yet.
    public var references: [LinkReference]
    /// Targets whose verdict arrived and is not among `links` (working links on the site itself).
    public var resolved: [String]
    /// Site-level facts noted since the last batch.
    public var notes: SiteNotes
    /// The JSON text of each of `pages` as it arrived, set by ``MessageCoder/decode(_:)`` once the
    /// whole frame has decoded; nil for a batch made in memory. Not a field on the wire, and not
    /// part of equality: it is the same value as `pages` (docs/protocol.md, "Pages stored as sent").
    public var pageTexts: [String]? = nil

    public init(
        batchID: String, leaseID: String, siteID: String, pages: [PageReport] = [], links: [LinkOutcome] = [],
        frontier: [FrontierEntry] = [], references: [LinkReference] = [], resolved: [String] = [],
        notes: SiteNotes = SiteNotes()
    ) {
        self.batchID = batchID
        self.leaseID = leaseID
        self.siteID = siteID
        self.pages = pages
        self.links = links
        self.frontier = frontier
        self.references = references
        self.resolved = resolved
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case batchID = "batch_id", leaseID = "lease_id", siteID = "site_id", pages, links, frontier, references, resolved,
            notes
    }

    /// Batches are equal when their fields on the wire are: ``pageTexts`` is left out.
    public static func == (left: Batch, right: Batch) -> Bool {
        left.batchID == right.batchID && left.leaseID == right.leaseID && left.siteID == right.siteID
            && left.pages == right.pages && left.links == right.links && left.frontier == right.frontier
            && left.references == right.references && left.resolved == right.resolved && left.notes == right.notes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(batchID)
        hasher.combine(leaseID)
        hasher.combine(siteID)
        hasher.combine(pages)
        hasher.combine(links)
        hasher.combine(frontier)
        hasher.combine(references)
        hasher.combine(resolved)
        hasher.combine(notes)
    }
}

/// Coordinator → worker: a batch is durable.
public struct BatchAck: Codable, Hashable, Sendable {
    public var batchID: String

    public init(batchID: String) { self.batchID = batchID }

    enum CodingKeys: String, CodingKey { case batchID = "batch_id" }
}

/// Worker → coordinator: a site's crawl is complete. Sent after its last batch.
public struct SiteDone: Codable, Hashable, Sendable {
    public var leaseID: String
    public var report: SiteReport

    public init(leaseID: String, report: SiteReport) {
        self.leaseID = leaseID
        self.report = report
    }

    enum CodingKeys: String, CodingKey { case leaseID = "lease_id", report }
}

/// Worker → coordinator: the worker gives leases back unfinished (it is shutting down).
public struct Release: Codable, Hashable, Sendable {
    public var leases: [String]

    public init(leases: [String]) { self.leases = leases }
}

/// Coordinator → worker: stop the work of these leases now; they are no longer yours (they
/// expired while the worker was out of touch and went to another worker, or ended otherwise).
/// Send what was seen; send no `site_done` or `release` for them.
public struct Revoke: Codable, Hashable, Sendable {
    public var leases: [String]
    public var reason: String

    public init(leases: [String], reason: String) {
        self.leases = leases
        self.reason = reason
    }
}

/// Coordinator → worker: take no new work; finish or release what you hold.
public struct Drain: Codable, Hashable, Sendable {
    public var reason: String

    public init(reason: String) { self.reason = reason }
}

/// Coordinator → worker: the sweep is over; disconnect and exit.
public struct Shutdown: Codable, Hashable, Sendable {
    public var reason: String

    public init(reason: String) { self.reason = reason }
}

/// Either way: something was wrong with what the peer sent. The sender closes after it when `fatal`.
public struct ErrorMessage: Codable, Hashable, Sendable {
    public var code: String
    public var message: String
    public var fatal: Bool

    public init(code: String, message: String, fatal: Bool) {
        self.code = code
        self.message = message
        self.fatal = fatal
    }
}
