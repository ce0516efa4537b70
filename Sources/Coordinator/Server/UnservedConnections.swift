import Synchronization

/// Holds every accepted connection from the moment it is wrapped until a task serves it, so that
/// none is ever dropped unfinished.
///
/// NIO hands accepted connections to the accept loop through an async sequence. A connection
/// accepted while the listener closes, or left in that sequence's buffer when the loop ends, is
/// released by NIO without anyone calling `executeThenClose` on it, and its writer traps the
/// process ("Deinited NIOAsyncWriter without calling finish()", swift-nio issue 2813). The ledger
/// keeps a reference to each one until a task claims it; when the listener has closed,
/// ``closeAndTakeUnserved()`` hands back the ones never claimed so they can be finished and
/// closed, and refuses any accepted after that.
///
/// Generic over what it holds, so its bookkeeping is tested without sockets.
final class UnservedConnections<Connection: Sendable>: Sendable {
    private struct State {
        var waiting: [Int: Connection] = [:]
        var nextID = 1
        var closed = false
    }

    private let state = Mutex(State())

    init() {}

    /// Records the connection `make` builds for the id it is given, and returns it; nil when the
    /// ledger has closed (the caller then closes the channel instead of wrapping it).
    func record(_ make: (_ id: Int) throws -> Connection) throws -> Connection? {
        try state.withLock { state throws -> Connection? in
            guard !state.closed else { return nil }
            let id = state.nextID
            let connection = try make(id)
            state.nextID += 1
            state.waiting[id] = connection
            return connection
        }
    }

    /// Takes the connection `id` for serving; false when it was already taken (by the closing
    /// listener, which then finishes it itself).
    func claim(_ id: Int) -> Bool {
        state.withLock { $0.waiting.removeValue(forKey: id) != nil }
    }

    /// Connections recorded and not yet claimed.
    var unservedCount: Int { state.withLock { $0.waiting.count } }

    /// Closes the ledger (later ``record(_:)`` calls return nil) and returns the connections no
    /// task claimed, oldest first.
    func closeAndTakeUnserved() -> [Connection] {
        state.withLock { state in
            state.closed = true
            let unserved = state.waiting.sorted { $0.key < $1.key }.map(\.value)
            state.waiting = [:]
            return unserved
        }
    }
}
