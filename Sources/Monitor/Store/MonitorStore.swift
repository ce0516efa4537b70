import Foundation
import GRDB
import GovSweepProtocol

/// The monitor's durable state, in the same SQLite file the sweeps use (tables `monitor_…`).
///
/// Every slot is one row, written when its visit completes (or when it is found missed), so a
/// monitor killed at any moment resumes from the file without repeating or losing a slot.
public final class MonitorStore: Sendable {
    let database: DatabasePool
    public let path: String

    /// Opens (creating when needed) the database at `path` and adds the monitor's tables.
    public init(path: String) throws(MonitorStoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "govsweep-monitor"
        configuration.prepareDatabase { db in
            // WAL with NORMAL survives a killed process; only a power cut may lose the last visits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try MonitorStore.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Opens an existing database, failing when there is no file at `path`.
    public static func openExisting(path: String) throws(MonitorStoreError) -> MonitorStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        return try MonitorStore(path: path)
    }

    /// Whether the database at `path` holds a monitoring run (looked up read-only; nothing is created).
    public static func holdsMonitorRuns(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        let count = try? queue.read { db -> Int in
            guard try db.tableExists("monitor_runs") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM monitor_runs") ?? 0
        }
        return (count ?? 0) > 0
    }

    func write<T>(_ body: (Database) throws -> T) throws(MonitorStoreError) -> T {
        do {
            return try database.write(body)
        } catch let error as MonitorStoreError {
            throw error
        } catch {
            throw .failed(String(describing: error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(MonitorStoreError) -> T {
        do {
            return try database.read(body)
        } catch let error as MonitorStoreError {
            throw error
        } catch {
            throw .failed(String(describing: error))
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw MonitorStoreError.corrupt("\(what): \(error)")
        }
    }
}
