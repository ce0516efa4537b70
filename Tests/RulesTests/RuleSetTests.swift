import Foundation
import GovSweepProtocol
import Testing
@testable import Rules

@Suite("The rules file: defaults, overrides, canonical JSON and hash")
struct RuleSetTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the built-in rules are complete and sound")
    func builtInSound() {
        #expect(RuleSet.builtIn.firstProblem() == nil)
        #expect(RuleSet.builtIn.passLine == 60)
        #expect(RuleSet.builtIn.rule(for: .news).window == .days(14))
        #expect(RuleSet.builtIn.rule(for: .other).window == nil)
        #expect(RuleSet.builtIn.rule(for: .other).points == nil)
    }

    @Test("the canonical JSON decodes back to the same rules, and the hash is stable")
    func canonicalRoundTrip() throws {
        let json = RuleSet.builtIn.canonicalJSON()
        let decoded = try JSONDecoder().decode(RuleSet.self, from: Data(json.utf8))
        #expect(decoded == RuleSet.builtIn)
        #expect(decoded.hash == RuleSet.builtIn.hash)
        #expect(RuleSet.builtIn.hash.count == 16)
        #expect(json.contains("\"pass_line\" : 60"))
        #expect(json.contains("\"window\" : null"))
    }

    @Test("a partial file overrides only what it names")
    func partialOverride() throws {
        let path = try write("""
            {"name": "江西省2024年一季度", "pass_line": 70,
             "categories": {"news": {"window": {"days": 7}, "judge_blank": false}, "policy": {"window": {"days": 90}},
                            "other": {"window": {"months": 24}}, "plan": {"window": null}},
             "hits": {"mobile_numbers": {"severity": "notice"}},
             "indicators": {"extra": {"name": "附加", "cap": 5}},
             "checks": {"tls_invalid": {"indicator": "extra"}}}
            """)
        let rules = try RuleSet.load(overridesAt: path)
        #expect(rules.name == "江西省2024年一季度")
        #expect(rules.passLine == 70)
        #expect(rules.rule(for: .news).window == .days(7))
        #expect(rules.rule(for: .news).points == 3)
        #expect(rules.rule(for: .news).judgeBlank == false)
        #expect(rules.rule(for: .other).window == .months(24))
        #expect(rules.rule(for: .plan).window == nil)
        #expect(rules.hits["mobile_numbers"] == HitRule(severity: .notice, points: 2))
        #expect(rules.rule(for: .tlsInvalid).indicator == "extra")
        #expect(rules.rule(for: .policy).window == .days(90))
        #expect(rules.rule(for: .notice) == RuleSet.builtIn.rule(for: .notice))
        #expect(rules.hash != RuleSet.builtIn.hash)
    }

    @Test("an empty override gives the base rules")
    func emptyOverride() throws {
        let rules = try RuleSet.load(overridesAt: try write("{}"))
        #expect(rules == RuleSet.builtIn)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let json: String
        let expected: String
        var testDescription: String { json }
    }

    @Test("bad files are refused with an error that names the key", arguments: [
        BadCase(json: #"{"pass_lin": 70}"#, expected: "pass_lin"),
        BadCase(json: #"{"checks": {"link_broke": {"points": 1}}}"#, expected: "checks.link_broke"),
        BadCase(json: #"{"pass_line": "sixty"}"#, expected: "pass_line"),
        BadCase(json: #"{"pass_line": 160}"#, expected: "pass_line"),
        BadCase(json: #"{"categories": {"news": {"window": {"days": 0}}}}"#, expected: "categories.news.window"),
        BadCase(json: #"{"checks": {"missing_icp": {"indicator": "nowhere"}}}"#, expected: "checks.missing_icp.indicator"),
        BadCase(json: #"{"checks": {"missing_icp": {"severity": "fatal"}}}"#, expected: "checks.missing_icp.severity"),
        BadCase(json: #"{"hits": {"spamm": {"severity": "veto", "points": 0}}}"#, expected: "hits.spamm"),
        BadCase(json: #"[1, 2]"#, expected: "JSON object"),
        BadCase(json: #"{"pass_line": "#, expected: "JSON object"),
    ])
    func badFiles(_ c: BadCase) throws {
        let path = try write(c.json)
        do {
            _ = try RuleSet.load(overridesAt: path)
            Issue.record("expected an error for \(c.json)")
        } catch {
            #expect(error.description.contains(c.expected), "\(error.description)")
            #expect(error.description.contains(path))
        }
    }

    @Test("a file saved from `govsweep rules`, even with the old trailing `// hash` line, loads as the same rules")
    func savedOutputLoads() throws {
        var renamed = RuleSet.builtIn
        renamed.name = "江西省2024年第一季度"
        let path = try write(renamed.canonicalJSON() + "\n// hash \(renamed.hash)\n")
        let loaded = try RuleSet.load(overridesAt: path)
        #expect(loaded == renamed)
        #expect(loaded.hash == renamed.hash)
        #expect(throws: RulesError.self) { try RuleSet.load(overridesAt: try write("{\"pass_line\": 60}\n# hash x\n")) }
    }

    @Test("a missing file says so")
    func missingFile() {
        #expect(throws: RulesError.self) { try RuleSet.load(overridesAt: "/nonexistent/rules.json") }
    }

    @Test("window cutoffs: days and calendar months, month ends clamped")
    func cutoffs() {
        let asOf = Evidence.asOf
        #expect(UpdateWindow.days(14).cutoff(asOf: asOf) == Evidence.date("2024-01-01"))
        #expect(UpdateWindow.months(6).cutoff(asOf: asOf) == Evidence.date("2023-07-15"))
        #expect(UpdateWindow.months(12).cutoff(asOf: asOf) == Evidence.date("2023-01-15"))
        #expect(UpdateWindow.months(6).cutoff(asOf: Evidence.date("2023-08-31")) == Evidence.date("2023-02-28"))
        #expect(UpdateWindow.months(12).chinese == "1年")
    }
}
