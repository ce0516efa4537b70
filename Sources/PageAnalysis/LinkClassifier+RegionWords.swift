extension LinkClassifier {
    /// Which of the region word lists (navigation, footer, body) have a word in `marker`; the
    /// search stops once a navigation word is found, which decides the region.
    ///
    /// One pass over the marker's positions: three 256-entry tables give, for a position's first,
    /// second and third byte, the words that hold that byte there (a bit per word), so one AND of
    /// three loads leaves the words that can start at the position (every word has three bytes
    /// or more); each is then compared whole. Words of a list already found are not looked for
    /// again. The marker is lower-cased and the words are lower-case ASCII, so this finds exactly
    /// what a byte search per word finds.
    static func regionWordsFound(in marker: [UInt8]) -> (navigation: Bool, footer: Bool, body: Bool) {
        var lists: UInt32 = 0  // bit 0 navigation, 1 footer, 2 body
        marker.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            guard count >= 3 else { return }
            regionTables.withUnsafeBufferPointer { tables in
                var wanted = regionAllWords
                for start in 0...(count - 3) {
                    var candidates = tables[Int(bytes[start])] & tables[256 + Int(bytes[start + 1])]
                        & tables[512 + Int(bytes[start + 2])] & wanted
                    while candidates != 0 {
                        let word = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        guard regionWordMatches(word, in: bytes, at: start) else { continue }
                        let list = regionWordLists[word]
                        if list == 0 { lists |= 1; return }
                        lists |= 1 << UInt32(list)
                        wanted &= ~regionListWords[list]
                    }
                }
            }
        }
        return (lists & 1 != 0, lists & 2 != 0, lists & 4 != 0)
    }

    /// Whether region word `word` is at `start` in `bytes` (its first three bytes are known to be).
    @inline(__always)
    private static func regionWordMatches(_ word: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let text = regionWordBytes[word]
        guard start + text.count <= bytes.count else { return false }
        var offset = 3
        while offset < text.count {
            if bytes[start + offset] != text[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The navigation, footer and body words, in that order (at most 32: a bit each).
    private static let regionWordBytes: [[UInt8]] = navigationWords + footerWords + bodyWords
    /// The list (0, 1, 2) each word comes from.
    private static let regionWordLists: [Int] = Array(repeating: 0, count: navigationWords.count)
        + Array(repeating: 1, count: footerWords.count) + Array(repeating: 2, count: bodyWords.count)
    /// The words of each list, as bits.
    private static let regionListWords: [UInt32] = (0..<3).map { list in
        regionWordLists.indices.filter { regionWordLists[$0] == list }.reduce(0) { $0 | 1 << UInt32($1) }
    }
    private static let regionAllWords: UInt32 = regionListWords.reduce(0, |)
    /// Three tables of 256 entries: at `256 * k + b`, the words whose byte `k` is `b`.
    private static let regionTables: [UInt32] = {
        precondition(regionWordBytes.count <= 32 && regionWordBytes.allSatisfy { $0.count >= 3 })
        var tables = [UInt32](repeating: 0, count: 768)
        for (index, word) in regionWordBytes.enumerated() {
            for k in 0..<3 { tables[256 * k + Int(word[k])] |= 1 << UInt32(index) }
        }
        return tables
    }()
}
