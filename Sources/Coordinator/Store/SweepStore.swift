import Foundation
import GRDB
import GovSweepProtocol

/// The durable state of sweeps: one SQLite file in WAL mode.
///
/// Everything a worker reports is committed before it is acknowledged, each batch atomically
/// (alone, or with others of a group under its own savepoint, ``commit(_:sweepID:)``), so a
/// coordinator killed at any moment restarts from a consistent file. Commits do not wait for
/// the disk (`synchronous = NORMAL`): a committed batch survives the process's crash; a power cut
/// or OS crash may roll back the last few, leaving an older consistent file (docs/architecture.md,
/// "Durability and resume").
public final class SweepStore: Sendable {
    let database: DatabasePool
    public let path: String
    /// The database's lock, when this store serves its sweeps (``openForServing(path:command:existing:now:)``).
    public let lock: DatabaseLock?

    /// Opens (creating when needed) the store at `path`; `lock`, when given, lives as long as the store.
    public init(path: String, lock: DatabaseLock? = nil) throws(StoreError) {
        self.path = path
        self.lock = lock
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "govsweep"
        configuration.prepareDatabase { db in
            // The writer keeps 8 MiB of pages (SQLite's default is 2 MiB), the readers (a lease's
            // resume state, status, the export) 16 MiB. Not more for the writer: this SQLite (3.40)
            // walks its whole page cache at nearly every commit (a B-tree page split parks a page
            // at the lock-byte page's number for a moment, and the commit then drops every cached
            // page past the end of the file, looking at each), which took a tenth of the
            // coordinator's CPU with the 64 MiB it had before (BENCHMARKS.md, "Seventh pass").
            let kibibytes = db.configuration.readonly ? 16384 : 8192
            try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
            // In WAL mode, NORMAL syncs at checkpoints only, not at every commit (an fdatasync per
            // batch was about a twentieth of the coordinator's CPU, BENCHMARKS.md).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly {
                // A group of batches is written with a savepoint per batch, and SQLite copies every
                // page a savepoint changes into a sub-journal, which goes to a temporary file past
                // 64 KiB (most batches): writes to a file that is deleted unread. Kept in memory,
                // as large as one batch's pages (BENCHMARKS.md, "Eighth pass").
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try SweepStore.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Opens an existing store, failing when there is no file at `path`.
    public static func openExisting(path: String) throws(StoreError) -> SweepStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        return try SweepStore(path: path)
    }

    /// Opens the store to serve its sweeps (`sweep`, `resume`, `coordinator`): takes the
    /// database's lock first, so that a second coordinator on the same database is refused before
    /// it writes anything. `existing`: fail when there is no database at `path` instead of creating one.
    /// `bootID`: the boot this process runs in (``DatabaseLock/currentBootID()``).
    public static func openForServing(
        path: String, command: String, existing: Bool, now: Double, bootID: String? = DatabaseLock.currentBootID()
    ) throws(StoreError) -> SweepStore {
        if existing, !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        let lock = try DatabaseLock.acquire(database: path, command: command, now: now, bootID: bootID)
        return try SweepStore(path: path, lock: lock)
    }

    /// Lets go of the memory SQLite keeps for speed: the writer's page cache and the reader
    /// connections with theirs (opened again when needed). A sweep's process calls it between
    /// crawling and judging, so that its peak holds the one or the other, not both.
    public func releaseMemory() {
        database.releaseMemory()
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(String(describing: error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(String(describing: error))
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The values of a batch (pages, frontier entries, link outcomes and references, site notes)
    /// are written by ``JSONByteWriter``: the text `encoder` writes, byte for byte, at a fraction
    /// of its cost (a frontier entry per page found, an outcome per link checked).
    static func json(_ value: some JSONByteWritable) -> String {
        JSONByteWriter.text(value)
    }

    static let decoder = JSONDecoder()

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }

    /// Stored values of a batch (link outcomes, references, frontier entries, notes, pages) are
    /// read by ``JSONByteReader``, to what `decoder` decodes; what it refuses goes to `decoder`.
    static func decode<T: JSONByteReadable>(_ type: T.Type, _ text: String) throws -> T {
        if let value = JSONByteReader.read(type, from: text) { return value }
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

/// What went wrong with the store, and what to do about it.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case missing(path: String)
    case noSweep(path: String)
    case unknownSweep(String)
    /// Another live process serves the database.
    case inUse(path: String, holder: DatabaseLock.Holder?)
    case failed(String)

    /// `govsweep sweep (pid 1234 on host-a, since 2024-01-08 10:00:00 Asia/Shanghai)`.
    static func describe(_ holder: DatabaseLock.Holder) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        let since = formatter.string(from: Date(timeIntervalSince1970: holder.startedAt))
        return "`govsweep \(holder.command)` (pid \(holder.pid) on \(holder.host), since \(since) Asia/Shanghai)"
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason) (check the path, free disk space and permissions)"
        case .missing(let path):
            "no database at \(path): start a sweep with `govsweep sweep --db \(path) ...` first, or pass the right --db"
        case .noSweep(let path):
            "the database \(path) holds no sweep yet: start one with `govsweep sweep`"
        case .unknownSweep(let id):
            "no sweep with id \(id) in this database: `govsweep status --db PATH` lists them"
        case .inUse(let path, let holder):
            "the database \(path) is in use by " + (holder.map(Self.describe) ?? "another govsweep process")
                + ": one database serves one coordinator at a time. Wait for it to end (`govsweep status --db \(path)`"
                + " shows how far it is), stop it with Ctrl-C or SIGTERM and `govsweep resume --db \(path)`, or use another --db."
        case .failed(let reason):
            "database error: \(reason)"
        }
    }
}
