/// What the server saw on one listening endpoint.
public struct HostStats: Sendable, Hashable, Codable {
    /// `127.0.0.1:PORT`.
    public var address: String
    /// The site or platform name served there.
    public var label: String
    /// The most connections open at the same time.
    public var peakConnections: Int
    /// Requests answered (or deliberately left unanswered).
    public var requests: Int

    /// Statistics of one endpoint.
    public init(address: String, label: String, peakConnections: Int, requests: Int) {
        self.address = address
        self.label = label
        self.peakConnections = peakConnections
        self.requests = requests
    }
}
