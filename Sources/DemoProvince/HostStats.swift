/// What the server saw on one listening endpoint.
public struct HostStats: Sendable, Hashable, Codable {
    /// `127.0.0.1:PORT`.
    public var address: String
    /// The site or platform name served there.
    public var label: String
    /// The most connections open at the same time (idle keep-alive connections included).
    public var peakConnections: Int
    /// The most requests being answered at the same time: what a politeness limit bounds.
    public var peakInFlight: Int
    /// Requests answered (or deliberately left unanswered).
    public var requests: Int

    /// Statistics of one endpoint.
    public init(address: String, label: String, peakConnections: Int, peakInFlight: Int, requests: Int) {
        self.address = address
        self.label = label
        self.peakConnections = peakConnections
        self.peakInFlight = peakInFlight
        self.requests = requests
    }
}
