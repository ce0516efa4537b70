/// What the ``TestHTTPServer`` saw of one host (by Host header, port removed).
public struct HostRecord: Sendable, Hashable {
    /// Requests received.
    public var requests = 0
    /// Most requests being answered at the same moment.
    public var maxConcurrentRequests = 0
    /// Most connections open at the same moment.
    public var maxConcurrentConnections = 0
    /// Connections opened in all.
    public var connections = 0
    /// Arrival of each request, from the server's start, in order.
    public var arrivals: [Duration] = []

    var currentRequests = 0
    var currentConnections = 0

    /// The smallest time between two consecutive arrivals; nil with fewer than two.
    public var smallestGap: Duration? {
        zip(arrivals, arrivals.dropFirst()).map { $1 - $0 }.min()
    }
}
