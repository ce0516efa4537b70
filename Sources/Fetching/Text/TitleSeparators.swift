/// What sites put between a page's title and their own name: `-`, `_`, `|`, `｜`, `—`, `–`, `·`.
///
/// A title is cut where one of them stands as a character of its own, as splitting the title's
/// `Character`s on a `Set<Character>` of them did, but found on Unicode scalars: that split
/// built and hashed every character of every title. The answers are the same: U+0387 (GREEK ANO
/// TELEIA) is canonically equivalent to `·` and separates too, and a separator joined to its
/// neighbour in one character (a combining mark after it, a prepended mark before it) does not.
enum TitleSeparators {
    /// The separators as `Character`s (canonical equivalents included by `Character`'s equality).
    static let characters: Set<Character> = ["-", "_", "|", "｜", "—", "–", "·"]

    /// The non-empty pieces of `text` between separators, as `text.split(whereSeparator:)` on
    /// ``characters`` gives them.
    static func split(_ text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var index = start
        var previous: Unicode.Scalar?
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isSeparator(scalar),
               standsAlone(scalar, after: previous, before: next == scalars.endIndex ? nil : scalars[next])
            {
                if start != index { pieces.append(text[start..<index]) }
                start = next
            }
            previous = scalar
            index = next
        }
        if start != scalars.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// True for the separators' scalars, U+0387 with them.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x5F, 0x7C, 0xFF5C, 0x2014, 0x2013, 0xB7, 0x387: true
        default: false
        }
    }

    /// True when `scalar` is a character of its own between its neighbours. A separator extends no
    /// other character and starts no emoji or flag sequence, so only the neighbours decide: a
    /// neighbour that cannot join it (below U+0300, a CJK ideograph, a full-width form) is
    /// answered at once, any other by Swift's own grapheme breaking of the three scalars.
    private static func standsAlone(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        if isPlain(previous), isPlain(next) { return true }
        var view = String.UnicodeScalarView()
        if let previous { view.append(previous) }
        view.append(scalar)
        if let next { view.append(next) }
        return String(view).count == view.count
    }

    /// Scalars that never join a neighbouring separator into one character.
    private static func isPlain(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return true }
        return value < 0x300 || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF5E).contains(value)
    }
}
