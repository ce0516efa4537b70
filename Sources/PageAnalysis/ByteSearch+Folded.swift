#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ByteSearch {
    /// Whether `key` (ASCII letters lower-case) occurs in `hay` with its ASCII letters lower-cased,
    /// as `contains(key, in: hay with every ASCII letter lower-cased)` says, without folding a copy.
    ///
    /// `memchr` skips to each place the key's byte at `anchor` occurs, in either case when it is a
    /// letter (two passes), and the key is compared there folding byte by byte. The anchor should
    /// be the key's byte the texts hold least often: a script has `e` or `(` every few bytes.
    static func containsFolded(_ key: [UInt8], anchor: Int, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        containsFolded(anyOf: [(key, anchor)], in: hay)
    }

    /// Whether any of `keys` occurs folded, as ``containsFolded(_:anchor:in:)`` says of each: keys
    /// whose anchors are the same byte (`unitid=` and `uid=` on their `=`) share one search.
    static func containsFolded(anyOf keys: [(key: [UInt8], anchor: Int)], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = hay.baseAddress, let first = keys.first, first.anchor >= 0, first.anchor < first.key.count,
              keys.allSatisfy({ $0.anchor >= 0 && $0.anchor < $0.key.count && $0.key[$0.anchor] == first.key[first.anchor] })
        else { return false }
        let count = hay.count
        let lower = first.key[first.anchor]
        let isLetter = lower &- 97 < 26
        var least = first.anchor
        for (_, anchor) in keys where anchor < least { least = anchor }
        for target in isLetter ? [lower, lower & ~0x20] : [lower] {
            var from = least
            while from < count, let found = memchr(base + from, Int32(target), count - from) {
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                from = at + 1
                for (key, anchor) in keys {
                    let start = at - anchor
                    guard start >= 0, start + key.count <= count else { continue }
                    var k = 0
                    while k < key.count {
                        let byte = base[start + k]
                        if (byte &- 65 < 26 ? byte | 0x20 : byte) != key[k] { break }
                        k += 1
                    }
                    if k == key.count { return true }
                }
            }
        }
        return false
    }
}
