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
        guard let base = hay.baseAddress, anchor >= 0, anchor < key.count, key.count <= hay.count else { return false }
        let count = hay.count
        let lower = key[anchor]
        let isLetter = lower &- 97 < 26
        for target in isLetter ? [lower, lower & ~0x20] : [lower] {
            var from = anchor
            while from < count, let found = memchr(base + from, Int32(target), count - from) {
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                from = at + 1
                let start = at - anchor
                guard start + key.count <= count else { break }
                var k = 0
                while k < key.count {
                    let byte = base[start + k]
                    if (byte &- 65 < 26 ? byte | 0x20 : byte) != key[k] { break }
                    k += 1
                }
                if k == key.count { return true }
            }
        }
        return false
    }
}
