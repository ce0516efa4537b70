extension PolicyLinkReader {
    /// A link's words, searched for the words the reader knows (解读, 关于, 《, …) as
    /// `text.contains(word)` searches them, with most searches answered on bytes.
    ///
    /// Such a word is CJK or full-width punctuation: a text can hold it, as characters compared by
    /// canonical equivalence, only where it holds the word's bytes or where it holds a scalar that
    /// is canonically one other scalar alone (a compatibility ideograph: U+2F874 is 当;
    /// ``ByteSearch/holdsSingleton(_:)``). A text with neither does not hold the word; any other
    /// is searched as before.
    struct Words {
        let text: String
        private let holdsSingleton: Bool

        init(_ text: String) {
            self.text = text
            var text = text
            holdsSingleton = text.withUTF8 { ByteSearch.holdsSingleton($0) }
        }

        func contains(_ word: String) -> Bool {
            guard holdsSingleton || ByteSearch.contains(Array(word.utf8), inUTF8: text) else { return false }
            return text.contains(word)
        }
    }
}
