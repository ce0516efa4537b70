extension Pagination {
    /// Whether some of the data islands or scripts hold `totalrecord` with their ASCII letters
    /// lower-cased. Without it ``hanwebPages(in:page:limit:)`` finds no total and gives no page:
    /// its total is a number read after that key in the folded bytes (or, when they cannot tell,
    /// in the lower-cased characters, read only once the bytes hold the key). So a page whose
    /// texts fail this test skips it, and its islands are not copied into byte arrays for it.
    static func mayHoldHanwebTotal(islands: [String], scripts: [[UInt8]]) -> Bool {
        for island in islands {
            var island = island
            if island.withUTF8(holdsTotalRecordKey) { return true }
        }
        return scripts.contains { $0.withUnsafeBufferPointer(holdsTotalRecordKey) }
    }

    /// Whether `bytes`, their ASCII letters lower-cased, hold `totalrecord`.
    ///
    /// One pass, sixteen positions at a time: a position can start the key only when its fifth
    /// and sixth bytes are `l` and `r` (either case), a pair scripts hardly ever hold. Setting bit
    /// 0x20 of a byte makes `L` an `l` as folding does (it also makes a few other bytes letters:
    /// such a candidate is ruled out when it is checked byte by byte, folded exactly). The lane
    /// mask is read as two 64-bit words (a lane that holds is all ones), which compiles to a few
    /// vector instructions; `any(_:)` of the mask is a call per block.
    static func holdsTotalRecordKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = totalRecordKey
        guard let base = bytes.baseAddress, bytes.count >= key.count else { return false }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        let bit = SIMD16<UInt8>(repeating: 0x20)
        let l = SIMD16<UInt8>(repeating: UInt8(ascii: "l")), r = SIMD16<UInt8>(repeating: UInt8(ascii: "r"))
        // Offset `at` of an `l` in the text: the key would start at `at - 4`.
        var at = 4
        while at + 17 <= count {
            let first = raw.loadUnaligned(fromByteOffset: at, as: SIMD16<UInt8>.self)
            let second = raw.loadUnaligned(fromByteOffset: at + 1, as: SIMD16<UInt8>.self)
            let pairs = unsafeBitCast(((first | bit) .== l) .& ((second | bit) .== r), to: SIMD2<UInt64>.self)
            if pairs[0] | pairs[1] != 0 {
                for lane in at..<(at + 16) where keyFolded(key, in: bytes, at: lane - 4) { return true }
            }
            at += 16
        }
        while at + 1 < count {
            if bytes[at] | 0x20 == UInt8(ascii: "l"), keyFolded(key, in: bytes, at: at - 4) { return true }
            at += 1
        }
        return false
    }

    private static let totalRecordKey = Array(HanwebKey.totalRecord.rawValue.utf8)

    /// Whether `key` (lower-case) is at `start` in `bytes` once their ASCII letters are lower-cased.
    @inline(__always)
    private static func keyFolded(_ key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 0, start + key.count <= bytes.count else { return false }
        for offset in 0..<key.count {
            let byte = bytes[start + offset]
            if (byte &- 65 < 26 ? byte | 0x20 : byte) != key[offset] { return false }
        }
        return true
    }
}
