import Foundation

/// Checks a Prometheus text exposition (format 0.0.4) against the format and the naming
/// conventions (https://prometheus.io/docs/practices/naming/), as `promtool check metrics` does,
/// plus the project's own: every name starts `govsweep_`. Returns one line per problem.
struct ExpositionLint {
    struct Family {
        var type: String?
        var help: String?
        var samples: [Sample] = []
    }

    struct Sample {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    private(set) var families: [String: Family] = [:]
    private(set) var problems: [String] = []

    /// Units that are not base units, which Prometheus names never carry.
    static let nonBaseUnits = ["milliseconds", "microseconds", "nanoseconds", "minutes", "hours", "days", "ms",
                               "kilobytes", "megabytes", "gigabytes", "kib", "mib", "percent"]
    /// Words that say a metric measures time, so its name must end in `_seconds`.
    static let timeWords = ["duration", "latency", "elapsed", "time", "age", "seconds"]

    init(_ text: String) {
        guard text.hasSuffix("\n") else {
            problems.append("the exposition does not end with a line feed")
            return
        }
        var seriesSeen = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) {
            if line.hasPrefix("# HELP ") || line.hasPrefix("# TYPE ") {
                let parts = line.dropFirst(7).split(separator: " ", maxSplits: 1).map(String.init)
                guard let name = parts.first, parts.count == 2 else {
                    problems.append("malformed comment: \(line)")
                    continue
                }
                if line.hasPrefix("# HELP ") {
                    if families[name]?.help != nil { problems.append("\(name): a second HELP") }
                    families[name, default: Family()].help = parts[1]
                } else {
                    if families[name]?.type != nil { problems.append("\(name): a second TYPE") }
                    if !(families[name]?.samples.isEmpty ?? true) { problems.append("\(name): TYPE after its samples") }
                    families[name, default: Family()].type = parts[1]
                }
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let sample = Self.parse(line) else {
                problems.append("malformed sample: \(line)")
                continue
            }
            let series = sample.name + "{" + sample.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "}"
            if !seriesSeen.insert(series).inserted { problems.append("duplicate series \(series)") }
            let family = Self.familyName(of: sample.name, families: families)
            families[family, default: Family()].samples.append(sample)
        }
        for (name, family) in families.sorted(by: { $0.key < $1.key }) { check(name, family) }
    }

    private mutating func check(_ name: String, _ family: Family) {
        if name.range(of: #"^govsweep_[a-z][a-z0-9_]*$"#, options: .regularExpression) == nil {
            problems.append("\(name): not a snake_case name with the govsweep_ prefix")
        }
        if name.contains("__") || name.hasSuffix("_") { problems.append("\(name): empty name part") }
        guard let type = family.type else {
            problems.append("\(name): no TYPE")
            return
        }
        if (family.help ?? "").trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(name): no help text") }
        if family.samples.isEmpty { problems.append("\(name): no samples") }
        let words = name.split(separator: "_").map(String.init)
        for unit in Self.nonBaseUnits where words.contains(unit) { problems.append("\(name): use base units, not \(unit)") }
        let base = type == "counter" && name.hasSuffix("_total") ? String(name.dropLast(6)) : name
        if Self.timeWords.contains(where: words.contains), !base.hasSuffix("_seconds") {
            problems.append("\(name): a time must be in seconds, named _seconds")
        }
        switch type {
        case "counter":
            if !name.hasSuffix("_total") { problems.append("\(name): a counter's name ends in _total") }
            for sample in family.samples where sample.name != name { problems.append("\(name): sample \(sample.name)") }
            for sample in family.samples where sample.value < 0 { problems.append("\(name): negative counter") }
        case "gauge":
            if name.hasSuffix("_total") { problems.append("\(name): only a counter's name ends in _total") }
            for sample in family.samples where sample.name != name { problems.append("\(name): sample \(sample.name)") }
        case "histogram":
            if name.hasSuffix("_total") { problems.append("\(name): only a counter's name ends in _total") }
            checkHistogram(name, family)
        default:
            problems.append("\(name): type \(type) is not one this project uses")
        }
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            problems.append("\(name): \(suffix) is reserved for histogram samples")
        }
        for sample in family.samples {
            for label in sample.labels.keys where label.range(of: #"^[a-z][a-z0-9_]*$"#, options: .regularExpression) == nil {
                problems.append("\(name): label \(label) is not snake_case")
            }
        }
    }

    private mutating func checkHistogram(_ name: String, _ family: Family) {
        var series: [String: (buckets: [(Double, Double)], sum: Double?, count: Double?)] = [:]
        for sample in family.samples {
            var labels = sample.labels
            let le = labels.removeValue(forKey: "le")
            let key = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            switch sample.name {
            case name + "_bucket":
                guard let le, let bound = Double(le == "+Inf" ? "inf" : le) else {
                    problems.append("\(name): bucket without a number in le")
                    continue
                }
                series[key, default: ([], nil, nil)].buckets.append((bound, sample.value))
            case name + "_sum": series[key, default: ([], nil, nil)].sum = sample.value
            case name + "_count": series[key, default: ([], nil, nil)].count = sample.value
            default: problems.append("\(name): sample \(sample.name)")
            }
        }
        for (key, one) in series {
            let buckets = one.buckets.sorted { $0.0 < $1.0 }
            guard let last = buckets.last, last.0 == .infinity else {
                problems.append("\(name){\(key)}: no +Inf bucket")
                continue
            }
            if zip(buckets, buckets.dropFirst()).contains(where: { $0.1 > $1.1 }) {
                problems.append("\(name){\(key)}: buckets not cumulative")
            }
            if one.count != last.1 { problems.append("\(name){\(key)}: _count differs from the +Inf bucket") }
            if one.sum == nil { problems.append("\(name){\(key)}: no _sum") }
        }
    }

    /// The family a sample belongs to: a histogram's `_bucket`, `_sum` and `_count` samples belong to its name.
    static func familyName(of sample: String, families: [String: Family]) -> String {
        for suffix in ["_bucket", "_sum", "_count"] where sample.hasSuffix(suffix) {
            let base = String(sample.dropLast(suffix.count))
            if families[base]?.type == "histogram" { return base }
        }
        return sample
    }

    /// `name{a="x",b="y"} 1.5` or `name 2`.
    static func parse(_ line: String) -> Sample? {
        var rest = Substring(line)
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty else { return nil }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = rest.prefix { $0 != "=" }
                rest = rest.dropFirst(label.count)
                guard rest.hasPrefix("=\"") else { return nil }
                rest = rest.dropFirst(2)
                var value = ""
                while let character = rest.first, character != "\"" {
                    if character == "\\" {
                        rest = rest.dropFirst()
                        guard let escaped = rest.first else { return nil }
                        value.append(escaped == "n" ? "\n" : escaped)
                    } else {
                        value.append(character)
                    }
                    rest = rest.dropFirst()
                }
                guard rest.first == "\"" else { return nil }
                rest = rest.dropFirst()
                labels[String(label)] = value
                if rest.first == "," { rest = rest.dropFirst() }
                guard !rest.isEmpty else { return nil }
            }
            rest = rest.dropFirst()
        }
        guard rest.first == " " else { return nil }
        let fields = rest.dropFirst().split(separator: " ")
        guard let first = fields.first, fields.count <= 2 else { return nil }
        let text = first == "+Inf" ? "inf" : first == "-Inf" ? "-inf" : String(first)
        guard let value = Double(text) else { return nil }
        return Sample(name: String(name), labels: labels, value: value)
    }

    /// The value of the series `name` with exactly `labels`, if present.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        families.values.lazy.flatMap(\.samples).first { $0.name == name && $0.labels == labels }?.value
    }
}
