import GovSweepProtocol

/// One sweep as stored: its identity, settings and the options it was started with.
public struct SweepRecord: Codable, Hashable, Sendable {
    public enum State: String, Codable, Sendable {
        case running, complete
    }

    public var id: String
    public var createdAt: Double
    public var finishedAt: Double?
    public var state: State
    public var settings: SweepSettings
    public var options: SweepOptions

    public init(id: String, createdAt: Double, finishedAt: Double? = nil, state: State, settings: SweepSettings, options: SweepOptions) {
        self.id = id
        self.createdAt = createdAt
        self.finishedAt = finishedAt
        self.state = state
        self.settings = settings
        self.options = options
    }
}

/// How a sweep was started, kept so reports and `resume` can say and do the same.
public struct SweepOptions: Codable, Hashable, Sendable {
    public var inventoryPath: String?
    public var columnsPath: String?
    public var typosPath: String?
    public var rulesPath: String?
    public var sample: Double?
    public var seed: UInt64?
    public var recheckOf: String?
    /// Sites per region in the whole inventory (运行网站总数), before sampling.
    public var inventoryCountsByRegion: [String: Int]

    public init(
        inventoryPath: String? = nil, columnsPath: String? = nil, typosPath: String? = nil, rulesPath: String? = nil,
        sample: Double? = nil, seed: UInt64? = nil, recheckOf: String? = nil, inventoryCountsByRegion: [String: Int] = [:]
    ) {
        self.inventoryPath = inventoryPath
        self.columnsPath = columnsPath
        self.typosPath = typosPath
        self.rulesPath = rulesPath
        self.sample = sample
        self.seed = seed
        self.recheckOf = recheckOf
        self.inventoryCountsByRegion = inventoryCountsByRegion
    }
}
