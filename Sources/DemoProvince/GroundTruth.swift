import Foundation
import GovSweepProtocol

/// What a correct sweep of a ``Province`` must report, and what it must not.
///
/// Written as JSON (`truth.json`) for `scripts/accuracy`. URLs are absolute with the served ports.
public struct GroundTruth: Codable, Sendable, Equatable {
    public var version: Int
    public var seed: UInt64
    public var asOf: CivilDate
    /// Things a reader of the numbers must know (e.g. why `tls_invalid` is never planted).
    public var notes: [String]
    public var sites: [SiteTruth]

    /// One site's expectations.
    public struct SiteTruth: Codable, Sendable, Equatable {
        public var siteID: String
        public var name: String
        public var url: String
        public var style: String
        public var encoding: String
        public var hostGroup: String?
        public var expected: [Expectation]
        public var negatives: [Expectation]
        public var columns: [ColumnTruth]

        enum CodingKeys: String, CodingKey {
            case siteID = "site_id", name, url, style, encoding, hostGroup = "host_group", expected, negatives, columns
        }
    }

    /// A finding that must be reported (in `expected`) or must not be (in `negatives`).
    public struct Expectation: Codable, Sendable, Equatable {
        public var check: CheckID
        /// The page concerned (homepage for site-level checks).
        public var url: String
        public var target: String?
        public var date: CivilDate?
        /// Which fields identify a matching finding besides `site_id` and `check`: `site`, `url`, `target` or `date`.
        public var match: Match
        public var note: String

        public enum Match: String, Codable, Sendable { case site, url, target, date }
    }

    /// A column's exact newest date and category.
    public struct ColumnTruth: Codable, Sendable, Equatable {
        public var url: String
        public var name: String
        public var category: ColumnCategory
        /// Newest item dated on or before the as-of date; nil for a blank column.
        public var latest: CivilDate?
        /// Newest item including ones dated after the as-of date.
        public var latestIncludingFuture: CivilDate?
        public var items: Int
        /// False when the crawler cannot or may not reach it (refused host, robots.txt).
        public var reachable: Bool

        enum CodingKeys: String, CodingKey {
            case url, name, category, latest, latestIncludingFuture = "latest_including_future", items, reachable
        }
    }

    enum CodingKeys: String, CodingKey {
        case version, seed, asOf = "as_of", notes, sites
    }

    /// Pretty-printed, key-sorted JSON.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Writes the truth as JSON to `url`.
    public func write(to url: URL) throws {
        try jsonData().write(to: url, options: .atomic)
    }

    /// Every planted expectation, flattened.
    public var allExpected: [(siteID: String, expectation: Expectation)] {
        sites.flatMap { site in site.expected.map { (site.siteID, $0) } }
    }
}
