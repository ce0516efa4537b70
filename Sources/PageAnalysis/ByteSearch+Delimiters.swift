#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ByteSearch {
    /// The offset of the first `byte` in `hay` at or after `start`, or nil (`memchr`).
    static func firstOffset(of byte: UInt8, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = hay.baseAddress, start >= 0, start < hay.count,
              let found = memchr(base + start, Int32(byte), hay.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The offset of the first byte of `utf8` at or after `start` that is not ASCII, or nil;
    /// eight bytes are tested at a time.
    static func firstNonASCII(in utf8: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = utf8.baseAddress else { return nil }
        var offset = start
        let raw = UnsafeRawPointer(base)
        while offset + 8 <= utf8.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            offset += 8
        }
        while offset < utf8.count {
            if base[offset] >= 0x80 { return offset }
            offset += 1
        }
        return nil
    }
}

extension ByteSearch {
    /// The offset of the first byte of `hay` at or after `start` that is `first` or `second`, or
    /// nil. Eight bytes are tested at a time: a word holds one of the two bytes exactly when the
    /// word XORed with it repeated holds a zero byte.
    static func firstOffset(of first: UInt8, or second: UInt8, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = hay.baseAddress, start >= 0 else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let firsts = ones &* UInt64(first), seconds = ones &* UInt64(second)
        var offset = start
        while offset + 8 <= hay.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let x = word ^ firsts, y = word ^ seconds
            if ((x &- ones) & ~x | (y &- ones) & ~y) & highs != 0 { break }
            offset += 8
        }
        while offset < hay.count {
            if base[offset] == first || base[offset] == second { return offset }
            offset += 1
        }
        return nil
    }
}
