extension PolicyLinkReader {
    /// A word a text may end with, and its UTF-8.
    struct Ending {
        let word: String
        let bytes: [UInt8]

        init(_ word: String) {
            self.word = word
            bytes = Array(word.utf8)
        }
    }

    /// The endings of a column's name (``isColumnName(_:)``).
    static let columnEndings = ["解读", "图解", "文件"].map(Ending.init)
    /// ``documentEndings``, each also closing a title in 》.
    static let titleEndings = documentEndings.flatMap { [Ending($0), Ending($0 + "》")] }

    /// Whether `text` ends with one of `endings` (`hasSuffix`: characters compared by canonical
    /// equivalence). The endings are ideographs and 》: a text ends with characters canonically
    /// the same as them only where its bytes end with theirs, or where it holds a scalar that is
    /// canonically one other scalar alone (``ByteSearch/holdsSingleton(_:)``). Only such texts
    /// are compared as characters.
    static func endsWithAny(_ text: Substring, of endings: [Ending]) -> Bool {
        var text = text
        let candidates = text.withUTF8 { bytes -> [Ending] in
            if ByteSearch.holdsSingleton(bytes) { return endings }
            return endings.filter { ending in
                bytes.count >= ending.bytes.count && bytes.suffix(ending.bytes.count).elementsEqual(ending.bytes)
            }
        }
        return candidates.contains { text.hasSuffix($0.word) }
    }

    /// `text` without its white-space characters (`filter { !$0.isWhitespace }`). A character is
    /// white space when its first scalar is (Unicode's White_Space: U+0009…U+000D, U+0020, U+0085,
    /// U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000); a text whose bytes
    /// spell none of those scalars is returned as it is.
    static func withoutWhitespace(_ text: String) -> String {
        var copy = text
        let mayHoldSpace = copy.withUTF8 { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09...0x0D, 0x20, 0xC2, 0xE1: return true  // ASCII spaces; U+0085, U+00A0, U+1680 (and their neighbours)
                case 0xE2:
                    guard index + 2 < bytes.count else { return true }
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return true }
                    if second == 0x81, third == 0x9F { return true }
                case 0xE3:
                    guard index + 2 < bytes.count else { return true }
                    if bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return true }
                default: break
                }
                index += 1
            }
            return false
        }
        return mayHoldSpace ? text.filter { !$0.isWhitespace } : text
    }
}
