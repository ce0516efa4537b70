import Foundation
import GovSweepProtocol

/// Checks an export against /work/shared/findings-contract.md: exactly the contract's fields with
/// the contract's JSON types and values on every line, and the contract's sort order.
struct ContractValidator {
    /// The inventory's site ids: every line must name one of them.
    var siteIDs: Set<String>

    enum FieldType { case string, optionalString, integer, optionalInteger, number }

    static let findingFields: [String: FieldType] = [
        "site_id": .string, "check": .string, "severity": .string, "url": .string, "target": .optionalString,
        "column": .optionalString, "category": .optionalString, "date": .optionalString, "status": .optionalInteger,
        "error": .optionalString, "points": .number, "detail": .string,
    ]
    static let columnFields: [String: FieldType] = [
        "site_id": .string, "url": .string, "name": .string, "category": .string, "latest": .optionalString,
        "items": .integer, "source": .string,
    ]
    static let checks: Set<String> = [
        "site_unreachable", "homepage_stale", "column_stale", "column_blank", "link_broken", "attachment_broken",
        "image_broken", "date_in_future", "missing_site_id_code", "missing_icp", "missing_psb_record",
        "missing_error_report_entry", "spam_injection", "sensitive_data", "serious_typo", "link_blocked", "tls_invalid",
        "robots_blocked", "crawl_capped",
        // Consultation columns (docs/findings-contract.md; to be added to the shared contract too).
        "message_unanswered", "message_reply_late", "message_reply_copied", "message_board_stale",
        // Copied articles across sites (docs/findings-contract.md).
        "content_copied",
        // Policy documents and interpretations (docs/findings-contract.md).
        "policy_not_interpreted", "interpretation_not_linked", "interpretation_column_missing",
    ]
    static let severities: Set<String> = ["veto", "deduct", "warning", "notice"]
    static let categories: Set<String> = ["news", "notice", "policy", "interpretation", "plan", "personnel", "other"]
    static let errors: Set<String> = [
        "dns", "connect", "timeout", "tls", "reset", "too_many_redirects", "too_large", "bad_response", "blocked_by_policy",
    ]
    static let sources: Set<String> = ["inventory", "discovered"]

    /// Every way `findings` breaks the contract (empty when it follows it).
    func problems(findings: [String]) -> [String] {
        var problems: [String] = []
        var previous: (String, String, String, String)?
        for (index, line) in findings.enumerated() {
            let at = "findings.jsonl:\(index + 1)"
            guard let object = JSONValue.object(line: line) else {
                problems.append("\(at): not a JSON object: \(line)")
                continue
            }
            problems += fieldProblems(object, Self.findingFields, at: at)
            let key = (object["site_id"]?.string ?? "", object["check"]?.string ?? "", object["url"]?.string ?? "", object["target"]?.string ?? "")
            if let previous, key < previous { problems.append("\(at): out of order (site_id, check, url, target) after \(previous)") }
            previous = key
            problems += valueProblems(object, at: at, enumerations: [
                "check": Self.checks, "severity": Self.severities, "category": Self.categories, "error": Self.errors,
            ], urls: ["url", "target"], dates: ["date"])
            if let severity = object["severity"]?.string, severity == "veto" || severity == "notice", let points = object["points"],
               points != .integer(0), points != .number(0) {
                problems.append("\(at): a \(severity) finding deducts \(points); the contract says 0")
            }
            if object["detail"]?.string?.isEmpty == true { problems.append("\(at): empty detail") }
        }
        return problems
    }

    /// Every way `columns` breaks the contract.
    func problems(columns: [String]) -> [String] {
        var problems: [String] = []
        var previous: (String, String)?
        for (index, line) in columns.enumerated() {
            let at = "columns.jsonl:\(index + 1)"
            guard let object = JSONValue.object(line: line) else {
                problems.append("\(at): not a JSON object: \(line)")
                continue
            }
            problems += fieldProblems(object, Self.columnFields, at: at)
            let key = (object["site_id"]?.string ?? "", object["url"]?.string ?? "")
            if let previous, key < previous { problems.append("\(at): out of order (site_id, url) after \(previous)") }
            previous = key
            problems += valueProblems(object, at: at, enumerations: ["category": Self.categories, "source": Self.sources], urls: ["url"], dates: ["latest"])
            if case .integer(let items)? = object["items"], items < 0 { problems.append("\(at): negative items") }
        }
        return problems
    }

    private func fieldProblems(_ object: [String: JSONValue], _ fields: [String: FieldType], at: String) -> [String] {
        var problems: [String] = []
        let extra = Set(object.keys).subtracting(fields.keys).sorted()
        let missing = Set(fields.keys).subtracting(object.keys).sorted()
        if !extra.isEmpty { problems.append("\(at): fields not in the contract: \(extra)") }
        if !missing.isEmpty { problems.append("\(at): missing fields: \(missing)") }
        for (name, type) in fields {
            guard let value = object[name] else { continue }
            let fits = switch (type, value) {
            case (.string, .string), (.optionalString, .string), (.optionalString, .null): true
            case (.integer, .integer), (.optionalInteger, .integer), (.optionalInteger, .null): true
            case (.number, .integer), (.number, .number): true
            default: false
            }
            if !fits { problems.append("\(at): \(name) is \(value.typeName), the contract says \(type)") }
        }
        return problems
    }

    private func valueProblems(
        _ object: [String: JSONValue], at: String, enumerations: [String: Set<String>], urls: [String], dates: [String]
    ) -> [String] {
        var problems: [String] = []
        if let site = object["site_id"]?.string, !siteIDs.contains(site) { problems.append("\(at): site_id \(site) is not in the inventory") }
        for (name, allowed) in enumerations {
            if let value = object[name]?.string, !allowed.contains(value) { problems.append("\(at): \(name) \"\(value)\" is not in the contract") }
        }
        for name in urls {
            if let url = object[name]?.string, !Self.isContractURL(url) { problems.append("\(at): \(name) \(url) is not an absolute URL (lower-case scheme and host, no fragment, no white space)") }
        }
        for name in dates {
            if let date = object[name]?.string, CivilDate(iso: date) == nil { problems.append("\(at): \(name) \"\(date)\" is not YYYY-MM-DD") }
        }
        return problems
    }

    /// Absolute, scheme and host lower-case, no fragment, nothing after the URL (no white space).
    static func isContractURL(_ url: String) -> Bool {
        guard let schemeEnd = url.range(of: "://"), !url.contains("#"), !url.contains(where: \.isWhitespace) else { return false }
        let scheme = url[..<schemeEnd.lowerBound]
        let afterScheme = url[schemeEnd.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
        return !scheme.isEmpty && !authority.isEmpty && scheme == scheme.lowercased() && authority == authority.lowercased()
    }
}
