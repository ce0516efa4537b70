/// Keeps the crawler out of URL spaces that never end: calendars, session ids, query explosions,
/// overlong URLs and repeating paths. One guard per site crawl; it remembers what it has seen.
public struct TrapGuard: Sendable {
    /// Why a URL was refused; the crawler reports it as `crawl_capped`.
    public enum Trap: Sendable, Hashable, CustomStringConvertible {
        /// A date-like parameter outside the year bounds, or too many calendar pages on one path.
        case calendar(parameter: String)
        case sessionID(parameter: String)
        /// More distinct queries on one path than allowed.
        case queryExplosion(path: String, limit: Int)
        case tooLong(length: Int)
        case repeatedSegments(segment: String)

        public var description: String {
            switch self {
            case .calendar(let parameter): "calendar-style link (\(parameter)) past its bound"
            case .sessionID(let parameter): "session id in URL (\(parameter))"
            case .queryExplosion(let path, let limit): "more than \(limit) distinct queries on \(path)"
            case .tooLong(let length): "URL of \(length) characters"
            case .repeatedSegments(let segment): "path segment “\(segment)” repeats"
            }
        }
    }

    /// The limits.
    public struct Limits: Sendable, Hashable {
        /// Longest URL crawled, in characters.
        public var maxURLLength = 1024
        /// Distinct queries crawled on one path.
        public var maxQueriesPerPath = 200
        /// Distinct calendar-valued queries allowed on one path.
        public var maxCalendarPagesPerPath = 24
        /// Years a date parameter may name.
        public var years: ClosedRange<Int> = 1990...2100
        /// How often one path segment may occur.
        public var maxSegmentRepeats = 2

        /// The defaults: 1024 characters, 200 queries and 24 calendar pages per path, years 1990–2100.
        public init() {}
    }

    /// The limits this guard applies.
    public let limits: Limits
    private var queriesPerPath: [String: Set<String>] = [:]
    private var calendarPerPath: [String: Set<String>] = [:]

    static let calendarNames: Set<String> = ["date", "day", "month", "year", "yearmonth", "ym", "d", "m", "y", "riqi", "rq", "time", "datetime", "calendar", "cal"]
    static let sessionNames: Set<String> = ["jsessionid", "phpsessid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken"]

    /// A guard with nothing seen yet.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Records `url` (normalised, absolute) and returns the trap it falls into, or nil to crawl it.
    public mutating func check(_ url: String) -> Trap? {
        // Characters are never more than UTF-8 bytes: count them only for a long URL.
        guard url.utf8.count <= limits.maxURLLength || url.count <= limits.maxURLLength else { return .tooLong(length: url.count) }
        guard let parts = URLParts(url) else { return nil }
        if ByteScan.contains(";jsessionid=", inIgnoringASCIICase: parts.path) { return .sessionID(parameter: "jsessionid") }
        if ByteScan.contains("(s(", inIgnoringASCIICase: parts.path) { return .sessionID(parameter: "ASP.NET cookieless session") }
        var segmentCounts: [Substring: Int] = [:]
        for segment in parts.path.split(separator: "/") {
            segmentCounts[segment, default: 0] += 1
            if segmentCounts[segment]! > limits.maxSegmentRepeats { return .repeatedSegments(segment: String(segment)) }
        }
        guard let query = parts.query, !query.isEmpty else { return nil }
        var calendarValues: [String] = []
        var namesAYear = false
        for parameter in query.split(separator: "&") {
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pair[0].lowercased()
            let value = pair.count > 1 ? String(pair[1]) : ""
            if Self.sessionNames.contains(name) || name.hasPrefix("aspsessionid") { return .sessionID(parameter: name) }
            guard Self.calendarNames.contains(name) else { continue }
            calendarValues.append("\(name)=\(value)")
            if let year = Self.leadingYear(value) {
                if !limits.years.contains(year) { return .calendar(parameter: "\(name)=\(value)") }
                namesAYear = true
            }
        }
        if namesAYear {
            calendarPerPath[parts.path, default: []].insert(calendarValues.joined(separator: "&"))
            if calendarPerPath[parts.path]!.count > limits.maxCalendarPagesPerPath {
                return .calendar(parameter: calendarValues.joined(separator: "&"))
            }
        }
        queriesPerPath[parts.path, default: []].insert(query)
        if queriesPerPath[parts.path]!.count > limits.maxQueriesPerPath {
            return .queryExplosion(path: parts.path, limit: limits.maxQueriesPerPath)
        }
        return nil
    }

    /// The year a calendar value starts with (`2023-12-13`, `202312`, `2023`), if it does.
    private static func leadingYear(_ value: String) -> Int? {
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4 else { return nil }
        return Int(digits.prefix(4))
    }
}
