/// A request as the ``TestHTTPServer`` received it.
public struct TestRequest: Sendable, Hashable {
    public var method: String
    /// The path without the query.
    public var path: String
    public var query: String?
    /// Header names lower-cased; the last value wins.
    public var headers: [String: String]
    /// The Host header without its port.
    public var host: String
    /// When it arrived, measured from the server's start.
    public var arrival: Duration

    /// The value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}
