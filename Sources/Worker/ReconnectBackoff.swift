/// Reconnect delays: doubling from the shortest to the longest, with ±25 % jitter. Pure.
public struct ReconnectBackoff: Sendable {
    public let delays: ClosedRange<Double>
    public private(set) var attempt = 0

    public init(delays: ClosedRange<Double>) {
        self.delays = delays
    }

    /// The delay before the next attempt, given a random fraction in 0..<1.
    public mutating func nextDelay(random: Double) -> Double {
        let base = min(delays.upperBound, delays.lowerBound * Double(1 << min(attempt, 20)))
        attempt += 1
        return base * (0.75 + random * 0.5)
    }

    /// A connection succeeded: start again from the shortest delay.
    public mutating func reset() { attempt = 0 }
}
