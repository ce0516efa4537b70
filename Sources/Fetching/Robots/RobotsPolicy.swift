import Foundation

/// What a site's robots.txt allows the GovSweep crawler (RFC 9309).
///
/// The group for user-agent token `GovSweep` applies if there is one (matched case-insensitively
/// as a prefix of the group's product token), else the `*` group, else everything is allowed.
/// Rules `Allow`/`Disallow` take paths with `*` (any run of characters) and a trailing `$` (end of
/// URL); the longest matching rule wins, and on a tie `Allow` wins. An empty `Disallow:` allows all.
public struct RobotsPolicy: Sendable, Hashable {
    /// One Allow or Disallow line.
    public struct Rule: Sendable, Hashable {
        /// True for Allow, false for Disallow.
        public var allow: Bool
        /// The path pattern, with `*` and a trailing `$`.
        public var pattern: String
    }

    /// The rules of the group that applies to us.
    public private(set) var rules: [Rule]

    /// A policy that allows everything (no robots.txt, or one that could not be read).
    public static let allowAll = RobotsPolicy(rules: [])

    init(rules: [Rule]) {
        self.rules = rules
    }

    /// Parses robots.txt `text` for the crawler's product token `agent`.
    public init(parsing text: String, agent: String = "GovSweep") {
        var groups: [(agents: [String], rules: [Rule])] = []
        var collectingAgents = false
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = pair[0].trimmingCharacters(in: " \t").lowercased()
            let value = pair[1].trimmingCharacters(in: " \t")
            switch key {
            case "user-agent":
                if !collectingAgents { groups.append(([], [])) }
                groups[groups.count - 1].agents.append(value.lowercased())
                collectingAgents = true
            case "allow", "disallow":
                collectingAgents = false
                guard !groups.isEmpty else { continue }
                if key == "disallow", value.isEmpty { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value))
            default:
                continue
            }
        }
        let token = agent.lowercased()
        let ours = groups.filter { group in group.agents.contains { $0 != "*" && token.hasPrefix($0) } }
        let chosen = ours.isEmpty ? groups.filter { $0.agents.contains("*") } : ours
        rules = chosen.flatMap(\.rules)
    }

    /// True when the crawler may fetch `pathAndQuery` (e.g. `/col/index.html?page=2`).
    public func allows(_ pathAndQuery: String) -> Bool {
        var best: (length: Int, allow: Bool)?
        for rule in rules where Self.matches(rule.pattern, pathAndQuery) {
            let length = rule.pattern.count
            if best == nil || length > best!.length || (length == best!.length && rule.allow) {
                best = (length, rule.allow)
            }
        }
        return best?.allow ?? true
    }

    /// True when `pattern` (with `*` and trailing `$`) matches the start of `path`.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || (pieces.count > 1 && pieces.last!.isEmpty)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
