import Foundation

/// The time the monitor runs by. Injected so that tests drive a week of monitoring in milliseconds.
public protocol MonitorClock: Sendable {
    /// Seconds since 1970.
    func now() -> Double
    /// Returns at `deadline` (seconds since 1970) or later; throws `CancellationError` when cancelled.
    func sleep(until deadline: Double) async throws
}

/// The wall clock.
public struct SystemMonitorClock: MonitorClock {
    public init() {}

    public func now() -> Double { Date().timeIntervalSince1970 }

    public func sleep(until deadline: Double) async throws {
        let seconds = deadline - now()
        guard seconds > 0 else {
            try Task.checkCancellation()
            return
        }
        try await Task.sleep(for: .seconds(seconds))
    }
}
