#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ByteSearch {
    /// ``firstOffset(of:in:from:)`` with `memchr` stopping at the needle's byte at `anchor`
    /// instead of its last: the leftmost occurrence at or after `start`, or nil. Candidates are
    /// tried in order, so the first that matches is the leftmost.
    static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, anchor: Int, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress, start >= 0, anchor >= 0, anchor < pin.count,
              hay.count - start >= pin.count
        else { return nil }
        let byte = Int32(pin[anchor])
        let tail = pin.count - anchor  // bytes from the anchor to the needle's end
        var candidate = start + anchor
        while hay.count - candidate >= tail {
            guard let found = memchr(hayBase + candidate, byte, hay.count - candidate - tail + 1) else { return nil }
            let at = UnsafeRawPointer(hayBase).distance(to: UnsafeRawPointer(found))
            let begin = at - anchor
            if memcmp(hayBase + begin, pinBase, pin.count) == 0 { return begin }
            candidate = at + 1
        }
        return nil
    }

    /// The index of the byte of an identifier scripts likely hold least often: a capital, a digit,
    /// `_` or `$` first, then the rarer lower-case letters of English text and code.
    static func rareByteIndex(in name: [UInt8]) -> Int {
        var best = name.count - 1
        var bestRank = Int.max
        for (index, byte) in name.enumerated() {
            let rank: Int
            if let letter = Self.lowercaseRarity.firstIndex(of: byte) {
                rank = letter + 1
            } else {
                rank = 0
            }
            if rank < bestRank {
                best = index
                bestRank = rank
            }
        }
        return best
    }

    /// Lower-case letters, rarest first.
    private static let lowercaseRarity = Array("zqxjkvbpgwyfmculdhrsnioate".utf8)
}
