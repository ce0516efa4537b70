extension Pagination {
    /// Hanweb's `totalRecord`/`perPage` (in the datastore or the jpage call) → `?uid=…&pageNum=N`.
    /// `texts` are the UTF-8 (well-formed) of the data islands and scripts.
    static func hanwebPages(in texts: [[UInt8]], page: URLResolver, limit: Int) -> [String] {
        var total: Int?
        var perPage: Int?
        var unit: String?
        for text in texts {
            // Most texts hold no key and are left here, searched in place on rare anchor bytes,
            // without copying and lower-casing the whole script.
            guard text.withUnsafeBufferPointer({ HanwebKey.mayOccur(in: $0) }) else { continue }
            // The text with its ASCII letters lower-cased.
            var folded = text
            for index in folded.indices where folded[index] &- 65 < 26 { folded[index] |= 0x20 }
            var lowercased: String?  // made only when the bytes cannot tell
            func lookUp(_ key: HanwebKey) -> Int? {
                switch folded.withUnsafeBufferPointer({ number(after: key.bytes, inFolded: $0) }) {
                case .number(let value): return value
                case .absent: return nil
                case .unsure:
                    if lowercased == nil { lowercased = String(decoding: text, as: UTF8.self).lowercased() }
                    return numberReadingCharacters(after: key.rawValue, in: lowercased ?? "")
                }
            }
            total = total ?? lookUp(.totalRecord)
            perPage = perPage ?? lookUp(.perPage)
            if unit == nil, let value = lookUp(.unitID) ?? lookUp(.uid) {
                unit = String(value)
            }
        }
        guard let total, let perPage, perPage > 0, total > perPage else { return [] }
        let pages = min((total + perPage - 1) / perPage, limit + 1)
        guard pages >= 2 else { return [] }
        let base = page.absolute.split(separator: "?", maxSplits: 1).first.map(String.init) ?? page.absolute
        return (2...pages).map { number in
            base + "?" + (unit.map { "uid=\($0)&" } ?? "") + "pageNum=\(number)"
        }
    }

    /// The keys Hanweb's paging totals follow, lower-cased.
    enum HanwebKey: String, CaseIterable {
        case totalRecord = "totalrecord"
        case perPage = "perpage"
        case unitID = "unitid="
        case uid = "uid="

        var bytes: [UInt8] { Array(rawValue.utf8) }

        /// The key's byte that scripts hold least often (`c`, `g`, `=`), where the search anchors.
        var anchor: Int {
            switch self {
            case .totalRecord: 8
            case .perPage: 5
            case .unitID: 6
            case .uid: 3
            }
        }

        /// The keys by their anchor byte: `unitid=` and `uid=` share their search for `=`.
        private static let searches: [[(key: [UInt8], anchor: Int)]] = [
            [(totalRecord.bytes, totalRecord.anchor)], [(perPage.bytes, perPage.anchor)],
            [(unitID.bytes, unitID.anchor), (uid.bytes, uid.anchor)],
        ]

        /// Whether some key occurs in `text` with its ASCII letters lower-cased.
        static func mayOccur(inUTF8 text: String) -> Bool {
            text.utf8.withContiguousStorageIfAvailable(mayOccur(in:)) ?? Array(text.utf8).withUnsafeBufferPointer(mayOccur(in:))
        }

        /// ``mayOccur(inUTF8:)`` of the text whose UTF-8 is `bytes`.
        static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            searches.contains { ByteSearch.containsFolded(anyOf: $0, in: bytes) }
        }
    }

    /// What the bytes tell of the number after a key.
    enum NumberLookup: Equatable {
        case number(Int)
        case absent
        /// A match, or its digits, sits beside a scalar that could join it into a larger
        /// character: only the characters can tell.
        case unsure
    }

    /// ``numberReadingCharacters(after:in:)`` of the lower-cased text, read on `folded` (the text's
    /// UTF-8 with only ASCII letters lower-cased).
    ///
    /// Exact: the keys, separators and digits are ASCII, so every match among the lower-cased
    /// text's characters is a match of these bytes (the only scalars Unicode lower-cases to ASCII
    /// are the Kelvin sign, to a `k` no key holds, and İ, to an `i` followed by a combining dot that
    /// joins it). A match of bytes is one of characters when the scalar before it ends a character
    /// and the one after it starts one (``ByteSearch/endsCharacter(_:)``,
    /// ``ByteSearch/startsCharacter(_:)``; lower-casing keeps a scalar in those sets); and the
    /// digits read are the characters' when the scalar after them is ASCII or starts a character.
    /// Anything else is ``NumberLookup/unsure``.
    static func number(after key: [UInt8], inFolded bytes: UnsafeBufferPointer<UInt8>) -> NumberLookup {
        var from = 0
        while let found = key.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: $0, in: bytes, from: from) }) {
            var offset = found + key.count
            guard found == 0 || ByteSearch.endsCharacter(ByteSearch.scalar(before: found, in: bytes)),
                  offset == bytes.count || bytes[offset] < 0x80 || ByteSearch.startsCharacter(ByteSearch.scalar(at: offset, in: bytes))
            else { return .unsure }
            while offset < bytes.count, Self.separators.contains(bytes[offset]) { offset += 1 }
            var value = 0
            var digits = 0
            while offset < bytes.count, bytes[offset] &- 0x30 < 10 {
                if digits < 9 { value = value * 10 + Int(bytes[offset] &- 0x30) }
                digits += 1
                offset += 1
            }
            if digits > 0 {
                guard offset == bytes.count || bytes[offset] < 0x80 || ByteSearch.startsCharacter(ByteSearch.scalar(at: offset, in: bytes))
                else { return .unsure }
                return .number(value)
            }
            from = found + key.count
        }
        return .absent
    }

    private static let separators: [UInt8] = Array(" :=\"'\t".utf8)

    /// The integer after `key` and any of ` :="'` in `text`, read on characters.
    static func numberReadingCharacters(after key: String, in text: String) -> Int? {
        var rest = Substring(text)
        while let found = rest.firstRange(of: key) {
            rest = rest[found.upperBound...]
            let value = rest.drop { " :=\"'\t".contains($0) }.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(value.prefix(9)) { return number }
        }
        return nil
    }
}
