import Monitor
import Synchronization

/// A clock that jumps to each deadline at once, so a simulated week takes milliseconds.
///
/// `stopAt` simulates the process being stopped at that moment: a sleep reaching it throws
/// `CancellationError`, as a cancelled sleep does.
final class VirtualClock: MonitorClock {
    private struct State {
        var now: Double
        var stopAt: Double?
    }

    private let state: Mutex<State>

    init(start: Double, stopAt: Double? = nil) {
        state = Mutex(State(now: start, stopAt: stopAt))
    }

    func now() -> Double { state.withLock { $0.now } }

    func sleep(until deadline: Double) async throws {
        try Task.checkCancellation()
        let stopped = state.withLock { state -> Bool in
            if let stopAt = state.stopAt, deadline >= stopAt {
                state.now = max(state.now, stopAt)
                return true
            }
            state.now = max(state.now, deadline)
            return false
        }
        if stopped { throw CancellationError() }
        await Task.yield()
    }

    /// Lets the clock run on after a stop, `downtime` seconds later.
    func restart(after downtime: Double = 0) {
        state.withLock {
            $0.stopAt = nil
            $0.now += downtime
        }
    }
}
