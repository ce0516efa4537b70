import Foundation
import GovSweepProtocol

extension RuleSet {
    /// Reads a partial rules file (JSON) and lays it over `base`: every value the file gives replaces
    /// the base's, objects merge key by key (a `window` is replaced whole), arrays are replaced whole.
    /// Unknown keys are errors.
    public static func load(overridesAt path: String, over base: RuleSet = .builtIn) throws(RulesError) -> RuleSet {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try overriding(base, with: withoutCommentLines(data), source: path)
    }

    /// `data` without lines whose first non-blank characters are `//` (the `// hash …` line that
    /// `govsweep rules` printed after the JSON before it went to standard error). A JSON string never
    /// spans lines, so such a line is never inside a value.
    static func withoutCommentLines(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("//") else { return data }
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.drop { $0 == " " || $0 == "\t" || $0 == "\r" }.hasPrefix("//")
        }
        return Data(kept.joined(separator: "\n").utf8)
    }

    /// Lays the JSON object in `data` over `base`, as `load(overridesAt:over:)` does; `source` names it in errors.
    public static func overriding(_ base: RuleSet, with data: Data, source: String) throws(RulesError) -> RuleSet {
        let override: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw RulesError.notJSON(path: source, reason: "the top level must be an object {…}")
            }
            override = object
        } catch let error as RulesError {
            throw error
        } catch {
            throw .notJSON(path: source, reason: "\(error)")
        }
        let merged = try JSONMerge.merge(override, onto: base.jsonObject(), path: "", source: source)
        let rules: RuleSet
        do {
            let mergedData = try JSONSerialization.data(withJSONObject: merged)
            rules = try JSONDecoder().decode(RuleSet.self, from: mergedData)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw .invalidValue(path: source, key: keyPath(context.codingPath), reason: context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalidValue(
                path: source, key: keyPath(context.codingPath),
                reason: "\(key.stringValue) is missing; a new entry must give every field")
        } catch {
            throw .notJSON(path: source, reason: "\(error)")
        }
        if let (key, reason) = rules.firstProblem() {
            throw .invalidValue(path: source, key: key, reason: reason)
        }
        return rules
    }

    /// The rule set as a Foundation JSON object (for merging).
    func jsonObject() -> [String: Any] {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(self),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    private static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

/// Deep merge of JSON objects with unknown-key detection.
enum JSONMerge {
    /// Objects under these keys may gain entries the base does not have.
    static let openObjects: Set<String> = ["indicators"]
    /// Objects under these keys are replaced whole: `{"months": 6}` replaces `{"days": 14}`.
    static let wholeValues: Set<String> = ["window"]

    static func merge(_ override: [String: Any], onto base: [String: Any], path: String, source: String)
        throws(RulesError) -> [String: Any]
    {
        var result = base
        for (key, value) in override {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard let existing = base[key] else {
                if openObjects.contains(path) {
                    result[key] = value
                    continue
                }
                throw .unknownKey(path: source, key: keyPath)
            }
            if !wholeValues.contains(key), let overrideObject = value as? [String: Any],
               let baseObject = existing as? [String: Any]
            {
                result[key] = try merge(overrideObject, onto: baseObject, path: keyPath, source: source)
            } else {
                result[key] = value
            }
        }
        return result
    }
}
