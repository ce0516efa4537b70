/// Why a sample could not be drawn.
public enum SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The share asked for is not in (0, 1].
    case fractionOutOfRange(Double)

    /// What went wrong and how to ask for a valid sample.
    public var description: String {
        switch self {
        case .fractionOutOfRange(let fraction):
            "the sample fraction \(fraction) is out of range: give a share above 0 and at most 1, e.g. --sample 0.2 for 20%"
        }
    }
}
