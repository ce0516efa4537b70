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
    /// Every pattern's wrong phrase, found in one pass.
    private let phrases: TermSet

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
        phrases = TermSet(patterns.map(\.wrongText))
    }

    /// One hit per wrong phrase present, counting its occurrences (occurrences of one phrase do
    /// not overlap).
    func hits(in text: [UInt8]) -> [ContentHit] {
        var counts = [Int](repeating: 0, count: patterns.count)
        var nextFree = [Int](repeating: 0, count: patterns.count)
        text.withUnsafeBufferPointer { bytes in
            phrases.forEachMatch(in: bytes) { index, offset in
                guard offset >= nextFree[index] else { return false }
                let pattern = patterns[index]
                nextFree[index] = offset + pattern.wrong.count
                let excused = pattern.exceptions.contains { ByteSearch.hasPrefix($0.bytes, in: text, at: offset - $0.offset) }
                if !excused { counts[index] += 1 }
                return false
            }
        }
        return patterns.indices.compactMap { index in
            guard counts[index] > 0 else { return nil }
            let pattern = patterns[index]
            return ContentHit(kind: .seriousTypo, evidence: pattern.wrongText, extra: pattern.correct, count: counts[index])
        }
    }
}

extension String {
    func trimmingSpaces() -> String { TextTools.collapsed(self) }
}
