import GovSweepProtocol

/// The province's deterministic random numbers (SplitMix64): the same seed, the same province.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64
    private let seed: UInt64
    private var draws: UInt64 = 0

    init(seed: UInt64) {
        self.seed = seed
        generator = SplitMix64(seed: seed)
    }

    mutating func next() -> UInt64 {
        draws &+= 1
        return generator.next()
    }

    /// A uniformly chosen integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// A generator for one sub-part, so adding draws in one part does not shift another.
    func derived(_ salt: UInt64) -> SeededRandom {
        // SplitMix64's state after `draws` draws.
        let state = seed &+ draws &* 0x9E37_79B9_7F4A_7C15
        var copy = SeededRandom(seed: state ^ (salt &* 0xA24B_AED4_963E_E407))
        _ = copy.next()
        return copy
    }
}
