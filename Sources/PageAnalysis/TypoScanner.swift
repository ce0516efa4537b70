import GovSweepProtocol

/// Finds serious-error phrases in page text: exact wrong phrases only, never the correct form.
struct TypoScanner: Sendable {
    private struct Pattern: Sendable {
        var wrong: [UInt8]
        var wrongText: String
        var correct: String?
        /// Byte patterns containing `wrong`, with the offset of `wrong` inside them.
        var exceptions: [(bytes: [UInt8], offset: Int)]
    }

    private let patterns: [Pattern]

    /// The built-in list plus `extra` entries; an entry whose correct form contains the wrong
    /// phrase (`中华人民共和` → `中华人民共和国`) never fires on the correct form.
    init(extra: [TypoEntry]) {
        var patterns: [Pattern] = []
        var seen = Set<String>()
        let all = BuiltInTypos.entries + extra.map { BuiltInTypos.Entry(wrong: $0.wrong, correct: $0.correct ?? "") }
        for entry in all {
            let wrong = entry.wrong.trimmingSpaces()
            guard !wrong.isEmpty, seen.insert(wrong).inserted else { continue }
            var exceptions = entry.exceptions
            if !entry.correct.isEmpty { exceptions.append(entry.correct) }
            let wrongBytes = Array(wrong.utf8)
            let compiled = exceptions.compactMap { phrase -> ([UInt8], Int)? in
                let bytes = Array(phrase.utf8)
                guard let offset = ByteSearch.occurrences(of: wrongBytes, in: bytes, limit: 1).first else { return nil }
                return (bytes, offset)
            }
            patterns.append(Pattern(wrong: wrongBytes, wrongText: wrong, correct: entry.correct.isEmpty ? nil : entry.correct,
                                    exceptions: compiled))
        }
        self.patterns = patterns
    }

    /// One hit per wrong phrase present, counting its occurrences.
    func hits(in text: [UInt8]) -> [ContentHit] {
        var hits: [ContentHit] = []
        for pattern in patterns {
            var count = 0
            for offset in ByteSearch.occurrences(of: pattern.wrong, in: text) {
                let excused = pattern.exceptions.contains { ByteSearch.hasPrefix($0.bytes, in: text, at: offset - $0.offset) }
                if !excused { count += 1 }
            }
            if count > 0 { hits.append(ContentHit(kind: .seriousTypo, evidence: pattern.wrongText, extra: pattern.correct, count: count)) }
        }
        return hits
    }
}

extension String {
    func trimmingSpaces() -> String { TextTools.collapsed(self) }
}
