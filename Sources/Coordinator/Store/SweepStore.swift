import Foundation
import GRDB
import GovSweepProtocol

/// The durable state of sweeps: one SQLite file in WAL mode.
///
/// Everything a worker reports is written in one transaction per batch before it is acknowledged,
/// so a coordinator killed at any moment restarts from a consistent file.
public final class SweepStore: Sendable {
    let database: DatabasePool
    public let path: String

    /// Opens (creating when needed) the store at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "govsweep"
        configuration.prepareDatabase { db in
            // SQLite keeps 2 MiB of pages per connection by default. The writer gets 64 MiB, so a
            // 1000-site sweep's indexes stay in memory instead of being read back from the file for
            // every batch; the readers (a lease's resume state, status) 16 MiB.
            let kibibytes = db.configuration.readonly ? 16384 : 65536
            try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
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

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

/// What went wrong with the store, and what to do about it.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case missing(path: String)
    case noSweep(path: String)
    case unknownSweep(String)
    case failed(String)

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
        case .failed(let reason):
            "database error: \(reason)"
        }
    }
}
