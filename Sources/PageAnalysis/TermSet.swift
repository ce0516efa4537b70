/// A fixed list of terms, all looked for in one pass over a text's UTF-8 bytes.
///
/// Link words, hidden text and page text are searched for dozens of terms (spam vocabulary, the
/// serious-error list). Searching term by term reads the text once per term and lower-cases it
/// as a `String` first; this reads it once. Each position's first two bytes are checked against a
/// 64-Kibit table of the terms' first two bytes, and its second and third bytes against a table of
/// the terms' second and third, so a position no term can start at costs one or two loads (a
/// Chinese character's first two bytes are shared by 64 characters, so the first table alone lets
/// through many positions); only the rare candidates compare bytes. ASCII letters compare case-insensitively, every
/// other byte exactly (Chinese has no case).
struct TermSet: Sendable {
    /// The terms, ASCII letters lower-cased, in the order given.
    let terms: [[UInt8]]
    /// The terms as given.
    let names: [String]
    /// Three 64-Kibit tables, 1024 words each, one after the other: at ``headTable`` bit `k` is set
    /// when some term starts with the two bytes whose key is `k`; at ``tailTable`` when some term of
    /// three bytes or more has them second and third; at ``shortHeadTable`` when some two-byte
    /// term starts with them (it has no third byte to check).
    private let tables: [UInt64]
    private static let headTable = 0, tailTable = 1024, shortHeadTable = 2048
    /// After the three: a 256-bit table, bit `b` set when some term's first byte is `b` (both
    /// cases of an ASCII letter).
    private static let startTable = 3072
    /// After it: a 64-Kibit table, bit `k` set when some term of two bytes or more can start with
    /// the two bytes whose key is `k` as they stand in a text (each ASCII letter in either case):
    /// one load rules out a position before any folding.
    private static let rawHeadTable = 3076
    /// Term indices by the key of their first two bytes, in list order.
    private let byHead: [UInt16: [Int]]
    /// Indices of one-byte terms (they have no second byte to key on).
    private let singles: [Int]
    /// The skip table of ``forEachMatchSkipping(in:_:)`` (empty when some term is shorter than
    /// four bytes) and the window it was made for: the shortest term's length, at most 64.
    let shifts: [UInt8]
    let window: Int

    init(_ list: [String]) {
        names = list
        terms = list.map { $0.utf8.map(Self.fold) }
        var tables = [UInt64](repeating: 0, count: 4 * 1024 + 4)
        var byHead: [UInt16: [Int]] = [:]
        var singles: [Int] = []
        for (index, term) in terms.enumerated() {
            guard !term.isEmpty else { continue }
            for start in Set([term[0], term[0] &- 97 < 26 ? term[0] & ~0x20 : term[0]]) {
                tables[Self.startTable + Int(start >> 6)] |= 1 << UInt64(start & 63)
            }
            guard term.count >= 2 else {
                singles.append(index)
                continue
            }
            let key = Self.key(term[0], term[1])
            tables[Self.headTable + Int(key >> 6)] |= 1 << UInt64(key & 63)
            for first in Self.cases(term[0]) {
                for second in Self.cases(term[1]) {
                    let raw = Self.key(first, second)
                    tables[Self.rawHeadTable + Int(raw >> 6)] |= 1 << UInt64(raw & 63)
                }
            }
            if term.count == 2 {
                tables[Self.shortHeadTable + Int(key >> 6)] |= 1 << UInt64(key & 63)
            } else {
                let tail = Self.key(term[1], term[2])
                tables[Self.tailTable + Int(tail >> 6)] |= 1 << UInt64(tail & 63)
            }
            byHead[key, default: []].append(index)
        }
        self.tables = tables
        self.byHead = byHead
        self.singles = singles
        (shifts, window) = Self.skipTable(for: terms)
    }

    /// The first term of the list (in list order, not text order) that occurs in `text`.
    func firstTerm(in text: String) -> String? {
        var best = Int.max
        scan(text) { index, _ in
            best = min(best, index)
            return best == 0
        }
        return best == .max ? nil : names[best]
    }

    /// Every term that occurs in `text`, in list order.
    func allTerms(in text: String) -> [String] {
        var found = Set<Int>()
        scan(text) { index, _ in
            found.insert(index)
            return false
        }
        return found.sorted().map { names[$0] }
    }

    /// Calls `visit(termIndex, offset)` for each place a term starts in `bytes`, by offset;
    /// stops early when `visit` returns true.
    func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) {
        let count = bytes.count
        guard count > 0 else { return }
        if !shifts.isEmpty {
            forEachMatchSkipping(in: bytes, visit)
            return
        }
        let hasSingles = !singles.isEmpty
        tables.withUnsafeBufferPointer { tables in
            var offset = 0
            while offset < count {
                // Without one-byte terms, a position whose two bytes (as they stand) start no term
                // is passed over with one load: most positions of any text.
                if !hasSingles, offset + 1 < count,
                   !Self.has(Self.key(bytes[offset], bytes[offset + 1]), in: tables, at: Self.rawHeadTable) {
                    offset += 1
                    continue
                }
                // Only a byte some term starts with can start a match: in Chinese text this one
                // test rules out the continuation bytes (two positions in three), and ASCII when
                // no term starts with it.
                let byte = bytes[offset]
                if tables[Self.startTable + Int(byte >> 6)] & (1 << UInt64(byte & 63)) == 0 {
                    offset += 1
                    continue
                }
                let first = Self.fold(bytes[offset])
                if hasSingles {
                    for index in singles where terms[index][0] == first {
                        if visit(index, offset) { return }
                    }
                }
                if offset + 1 < count {
                    let second = Self.fold(bytes[offset + 1])
                    let key = Self.key(first, second)
                    if Self.has(key, in: tables, at: Self.headTable),
                       Self.has(key, in: tables, at: Self.shortHeadTable)
                        || offset + 2 < count && Self.has(Self.key(second, Self.fold(bytes[offset + 2])), in: tables, at: Self.tailTable),
                       let candidates = byHead[key] {
                        for index in candidates where matches(terms[index], in: bytes, at: offset) {
                            if visit(index, offset) { return }
                        }
                    }
                }
                offset += 1
            }
        }
    }

    /// Calls `visit` for each term that starts at `offset` (which has two bytes after it), in
    /// list order, after the tables' tests; true when `visit` asked to stop. No term is one byte.
    @inline(__always)
    func visitTerms(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) -> Bool {
        tables.withUnsafeBufferPointer { tables in
            let byte = bytes[offset]
            guard tables[Self.startTable + Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0 else { return false }
            let first = Self.fold(byte)
            let second = Self.fold(bytes[offset + 1])
            let key = Self.key(first, second)
            guard Self.has(key, in: tables, at: Self.headTable),
                  Self.has(key, in: tables, at: Self.shortHeadTable)
                    || Self.has(Self.key(second, Self.fold(bytes[offset + 2])), in: tables, at: Self.tailTable),
                  let candidates = byHead[key] else { return false }
            for index in candidates where matches(terms[index], in: bytes, at: offset) {
                if visit(index, offset) { return true }
            }
            return false
        }
    }

    private func scan(_ text: String, _ visit: (Int, Int) -> Bool) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { forEachMatch(in: $0, visit) }
    }

    private func matches(_ term: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + term.count <= bytes.count else { return false }
        var k = 2
        while k < term.count {
            if Self.fold(bytes[offset + k]) != term[k] { return false }
            k += 1
        }
        return true
    }

    /// `byte` and, for an ASCII letter, its other case.
    static func cases(_ byte: UInt8) -> [UInt8] {
        byte &- 97 < 26 ? [byte, byte & ~0x20] : [byte]
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

    @inline(__always)
    private static func has(_ key: UInt16, in tables: UnsafeBufferPointer<UInt64>, at table: Int) -> Bool {
        tables[table + Int(key >> 6)] & (1 << UInt64(key & 63)) != 0
    }

    @inline(__always)
    static func key(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }
}
