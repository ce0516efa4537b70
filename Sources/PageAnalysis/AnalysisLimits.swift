/// Caps that keep one hostile page from costing more than a normal one.
///
/// When a cap applies the analysis goes on with what it has and says what it cut in
/// ``PageObservation/truncated``.
public struct AnalysisLimits: Sendable, Hashable {
    /// Bytes of HTML parsed; the rest of a larger page is ignored.
    public var maxBytes: Int
    /// Tree nodes (elements and text) read; the rest of the tree is ignored.
    public var maxNodes: Int
    /// Links (`a`, `img`, `iframe`) reported.
    public var maxLinks: Int
    /// Element nesting read; deeper subtrees are skipped. (libxml2's HTML parser itself stops reading
    /// a page at nesting depth 256, which is also reported.)
    public var maxDepth: Int
    /// Pagination URLs reported (a `createPageHTML(5000, …)` call yields at most this many).
    public var maxPaginationPages: Int

    /// Creates limits; every value is clamped to at least 1.
    public init(maxBytes: Int, maxNodes: Int, maxLinks: Int, maxDepth: Int, maxPaginationPages: Int = 500) {
        self.maxBytes = max(1, maxBytes)
        self.maxNodes = max(1, maxNodes)
        self.maxLinks = max(1, maxLinks)
        self.maxDepth = max(1, maxDepth)
        self.maxPaginationPages = max(1, maxPaginationPages)
    }

    /// 4 MiB, 200,000 nodes, 10,000 links, depth 256, 500 pagination pages: far above any real
    /// government page, low enough that a hostile one costs milliseconds.
    public static let `default` = AnalysisLimits(
        maxBytes: 4 << 20, maxNodes: 200_000, maxLinks: 10_000, maxDepth: 256, maxPaginationPages: 500)
}
