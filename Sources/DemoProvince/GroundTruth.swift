import Foundation
import GovSweepProtocol

/// What a correct sweep of a ``Province`` must report, and what it must not.
///
/// Written as JSON (`truth.json`) for `scripts/accuracy`. URLs are absolute with the served ports.
public struct GroundTruth: Codable, Sendable, Equatable {
    /// The truth file's format version (1).
    public var version: Int
    /// The seed the province was generated from.
    public var seed: UInt64
    /// The as-of date every planted date is relative to: sweep with `--as-of` set to it.
    public var asOf: CivilDate
    /// Things a reader of the numbers must know (e.g. why `tls_invalid` is never planted).
    public var notes: [String]
    /// Every inventory site, in roster order.
    /// The markup patterns the province plants on purpose; `scripts/accuracy` fails when one has
    /// no planted entry (positive or negative) in `sites`.
    public var patterns: [String]?
    public var sites: [SiteTruth]

    /// One site's expectations.
    public struct SiteTruth: Codable, Sendable, Equatable {
        /// 网站标识码.
        public var siteID: String
        /// 网站名称.
        public var name: String
        /// The homepage.
        public var url: String
        /// The CMS imitated: `trs`, `hanweb` or `jsp`.
        public var style: String
        /// `utf8`, `gbkMetaOnly` or `gbkHeaderDisagrees`.
        public var encoding: String
        /// The platform (集约化平台) the site is a channel of.
        public var hostGroup: String?
        /// Findings a correct sweep reports.
        public var expected: [Expectation]
        /// Findings a correct sweep must not report (traps).
        public var negatives: [Expectation]
        /// Every column with its exact newest date.
        public var columns: [ColumnTruth]

        enum CodingKeys: String, CodingKey {
            case siteID = "site_id", name, url, style, encoding, hostGroup = "host_group", expected, negatives, columns
        }
    }

    /// A finding that must be reported (in `expected`) or must not be (in `negatives`).
    public struct Expectation: Codable, Sendable, Equatable {
        /// The check id of the findings contract.
        public var check: CheckID
        /// The page concerned (homepage for site-level checks).
        public var url: String
        /// The failing link, for link-type checks.
        public var target: String?
        /// The offending or latest date, where one applies.
        public var date: CivilDate?
        /// Which fields identify a matching finding besides `site_id` and `check`: `site`, `url`, `target` or `date`.
        public var match: Match
        /// Why this is (or is not) a finding, for people reading misses.
        public var note: String
        /// The markup pattern this entry plants (one of ``GroundTruth/patterns``), when it plants one.
        public var pattern: String?

        /// How a finding is matched to this entry.
        public enum Match: String, Codable, Sendable { case site, url, target, date }
    }

    /// A column's exact newest date and category.
    public struct ColumnTruth: Codable, Sendable, Equatable {
        /// The column's first list page.
        public var url: String
        /// The name the site shows.
        public var name: String
        /// The category the name implies.
        public var category: ColumnCategory
        /// Newest item dated on or before the as-of date; nil for a blank column.
        public var latest: CivilDate?
        /// Newest item including ones dated after the as-of date.
        public var latestIncludingFuture: CivilDate?
        /// How many items the column lists over all its pages.
        public var items: Int
        /// False when the crawler cannot or may not reach it (refused host, robots.txt).
        public var reachable: Bool

        enum CodingKeys: String, CodingKey {
            case url, name, category, latest, latestIncludingFuture = "latest_including_future", items, reachable
        }
    }

    enum CodingKeys: String, CodingKey {
        case version, seed, asOf = "as_of", notes, patterns, sites
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
