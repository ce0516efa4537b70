/// ``TextTools`` on UTF-8 bytes: the walker gathers link and list-item text as bytes and makes a
/// `String` only for what it reports.
extension TextTools {
    /// ``collapsed(_:)`` of the text `utf8` spells.
    static func collapsed(utf8: [UInt8]) -> String {
        if utf8.withUnsafeBufferPointer({ isCollapsed($0) }) { return String(decoding: utf8, as: UTF8.self) }
        return collapsed(String(decoding: utf8, as: UTF8.self))
    }

    /// ``isCollapsed(_:)`` on contiguous bytes, read by lead byte: only a byte up to 0x20 or the
    /// lead bytes C2, E2, E3 and EF can begin a space the check looks for (C2 A0, E2 80 80…8B,
    /// E3 80 80, EF BB BF), so most bytes of Chinese or Latin text cost two comparisons.
    static func isCollapsed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count > 0 else { return true }
        if utf8[0] == 0x20 || utf8[count - 1] == 0x20 { return false }
        var index = 0
        while index < count {
            let byte = utf8[index]
            if byte <= 0x20 {
                if byte >= 0x09 && byte <= 0x0D { return false }
                if byte == 0x20, utf8[index - 1] == 0x20 { return false }  // index > 0: the first byte is no space
            } else if byte >= 0xC2 {
                let next = index + 1 < count ? utf8[index + 1] : 0
                let afterNext = index + 2 < count ? utf8[index + 2] : 0
                switch byte {
                case 0xC2 where next == 0xA0: return false
                case 0xE2 where next == 0x80 && afterNext >= 0x80 && afterNext <= 0x8B: return false
                case 0xE3 where next == 0x80 && afterNext == 0x80: return false
                case 0xEF where next == 0xBB && afterNext == 0xBF: return false
                default: break
                }
            }
            index += 1
        }
        return true
    }

    /// Appends `text` to `buffer` (with a space between) while `buffer` stays under `limit` bytes.
    static func append(_ text: ArraySlice<UInt8>, to buffer: inout [UInt8], limit: Int) {
        guard buffer.count < limit else { return }
        if !buffer.isEmpty { buffer.append(0x20) }
        buffer.append(contentsOf: text)
    }

    /// True when `utf8` holds a scalar that is not white space (``isSpace(_:)``).
    static func hasNonSpace(_ utf8: ArraySlice<UInt8>) -> Bool {
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !isSpace(scalar) { return true }
            case .emptyInput: return false
            case .error: return true  // decoded as U+FFFD, which is not space
            }
        }
    }
}
