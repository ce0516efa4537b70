extension LinkClassifier {
    /// Which of the region word lists (navigation, footer, body) have a word in `marker`, found
    /// in one ``TermSet`` pass instead of a byte search per word; the pass stops once a navigation
    /// word is found, which decides the region. The marker is lower-cased and the words are
    /// lower-case ASCII, so the set's ASCII case folding finds exactly what a byte search finds.
    static func regionWordsFound(in marker: [UInt8]) -> (navigation: Bool, footer: Bool, body: Bool) {
        var found = (navigation: false, footer: false, body: false)
        marker.withUnsafeBufferPointer { bytes in
            regionWords.forEachMatch(in: bytes) { index, _ in
                switch regionWordList[index] {
                case 0: found.navigation = true
                case 1: found.footer = true
                default: found.body = true
                }
                return found.navigation
            }
        }
        return found
    }

    /// The navigation, footer and body words, in that order, and the list (0, 1, 2) each comes from.
    private static let regionWords = TermSet((navigationWords + footerWords + bodyWords).map { String(decoding: $0, as: UTF8.self) })
    private static let regionWordList: [Int] = Array(repeating: 0, count: navigationWords.count)
        + Array(repeating: 1, count: footerWords.count) + Array(repeating: 2, count: bodyWords.count)
}
