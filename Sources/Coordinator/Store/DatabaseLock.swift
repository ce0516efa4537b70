#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// One database, one coordinator: an advisory lock (`flock`) on `DB.lock` beside the database,
/// held by the process that serves the database's sweeps for as long as it lives.
///
/// The kernel drops the lock when the process ends, however it ends, so a coordinator killed with
/// SIGKILL never blocks the `resume` that follows, and a lock that is held always means a live
/// coordinator. The file also says who holds it and, while it is held, where the sweep stands
/// (``publish(_:)``), for `govsweep status`. The file is left in place when the lock is released:
/// removing a lock file races with a process that has just opened it.
public final class DatabaseLock: Sendable {
    /// The process holding the lock, as it wrote itself into the file.
    public struct Holder: Codable, Hashable, Sendable {
        public var pid: Int32
        /// The `govsweep` subcommand: `sweep`, `resume` or `coordinator`.
        public var command: String
        public var host: String
        public var startedAt: Double
        /// The sweep it serves, once chosen.
        public var sweepID: String?
        /// The kernel's id of the boot the process ran in (``DatabaseLock/currentBootID()``); nil
        /// when it cannot be read, and in notes written before the field existed.
        public var bootID: String?

        public init(pid: Int32, command: String, host: String, startedAt: Double, sweepID: String? = nil, bootID: String? = nil) {
            self.pid = pid
            self.command = command
            self.host = host
            self.startedAt = startedAt
            self.sweepID = sweepID
            self.bootID = bootID
        }
    }

    /// What the lock file says: its holder and the holder's latest progress.
    public struct Note: Codable, Hashable, Sendable {
        public var holder: Holder
        public var progress: PublishedProgress?
    }

    /// Whether a live process holds a database's lock.
    public enum State: Hashable, Sendable {
        /// A process holds it now.
        case held(Note?)
        /// No process holds it; the note is what the last holder left, if any.
        case free(Note?)

        public var isHeld: Bool {
            if case .held = self { return true }
            return false
        }

        public var note: Note? {
            switch self {
            case .held(let note), .free(let note): note
            }
        }
    }

    public let path: String
    /// What the file said before this process took the lock: the previous holder, if any.
    public let previous: Note?
    private let descriptor: Mutex<Int32?>
    private let note: Mutex<Note>

    /// `DB.lock` for the database at `databasePath`.
    public static func path(forDatabase databasePath: String) -> String { databasePath + ".lock" }

    /// Takes the lock of the database at `databasePath` for this process, or throws
    /// ``StoreError/inUse(path:holder:)`` naming the process that holds it.
    ///
    /// A `status` looking at the lock holds it for an instant; the lock is tried for a quarter of a
    /// second before the database counts as in use. `bootID`: the boot this process runs in.
    public static func acquire(
        database databasePath: String, command: String, now: Double, bootID: String? = DatabaseLock.currentBootID()
    ) throws(StoreError) -> DatabaseLock {
        let path = Self.path(forDatabase: databasePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, reason: "cannot create its lock file: " + String(cString: strerror(errno)))
        }
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            attempts += 1
            guard failure == EWOULDBLOCK || failure == EINTR, attempts < 10 else {
                close(descriptor)
                if failure != EWOULDBLOCK {
                    throw .cannotOpen(path: path, reason: "cannot lock it: " + String(cString: strerror(failure)))
                }
                throw .inUse(path: databasePath, holder: Self.readNote(path: path)?.holder)
            }
            usleep(25_000)
        }
        let holder = Holder(pid: getpid(), command: command, host: ProcessInfo.processInfo.hostName, startedAt: now, bootID: bootID)
        let lock = DatabaseLock(path: path, previous: readNote(path: path), descriptor: descriptor, note: Note(holder: holder, progress: nil))
        lock.writeNote()
        return lock
    }

    /// Whether a live process holds the lock of the database at `databasePath`, without taking it
    /// for longer than an instant; never creates the file.
    public static func state(ofDatabase databasePath: String) -> State {
        let path = Self.path(forDatabase: databasePath)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .free(nil) }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return .free(readNote(path: path))
        }
        return .held(readNote(path: path))
    }

    private init(path: String, previous: Note?, descriptor: Int32, note: Note) {
        self.path = path
        self.previous = previous
        self.descriptor = Mutex(descriptor)
        self.note = Mutex(note)
    }

    deinit { release() }

    /// Who holds the lock (this process).
    public var holder: Holder { note.withLock { $0.holder } }

    /// Names the sweep this process serves, for `status`.
    public func claim(sweepID: String) {
        note.withLock { $0.holder.sweepID = sweepID }
        writeNote()
    }

    /// Writes where the sweep stands into the lock file, for `status`.
    public func publish(_ progress: PublishedProgress) {
        note.withLock { $0.progress = progress }
        writeNote()
    }

    /// Lets go of the lock (the process ending does the same).
    public func release() {
        descriptor.withLock { descriptor in
            guard let open = descriptor else { return }
            flock(open, LOCK_UN)
            close(open)
            descriptor = nil
        }
    }

    private func writeNote() {
        let current = note.withLock { $0 }
        guard var bytes = try? Self.encoder.encode(current) else { return }
        bytes.append(UInt8(ascii: "\n"))
        descriptor.withLock { descriptor in
            guard let open = descriptor else { return }
            let written = bytes.withUnsafeBytes { pwrite(open, $0.baseAddress, $0.count, 0) }
            if written == bytes.count { _ = ftruncate(open, off_t(bytes.count)) }
        }
    }

    /// The note in the file: its first line (a reader can meet a rewrite half done; it tries twice).
    static func readNote(path: String) -> Note? {
        for attempt in 0..<2 {
            if attempt > 0 { usleep(20_000) }
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let line = data.prefix { $0 != UInt8(ascii: "\n") }
            if let note = try? JSONDecoder().decode(Note.self, from: line) { return note }
        }
        return nil
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
