/// ``TextTools`` on UTF-8 bytes: the walker gathers link and list-item text as bytes and makes a
/// `String` only for what it reports.
extension TextTools {
    /// ``collapsed(_:)`` of the text `utf8` spells.
    static func collapsed(utf8: [UInt8]) -> String {
        utf8.withUnsafeBufferPointer { isCollapsed($0) ? String(decoding: $0, as: UTF8.self) : collapsing(utf8: $0) }
    }

    /// `collapsed(String(decoding: utf8, as: UTF8.self))`, worked on the bytes: each run of space
    /// scalars (``isSpace(_:)``) is dropped at the ends and made one 0x20 inside, every other byte
    /// copied. The same string even for invalid UTF-8: a space's encoding is found wherever it
    /// starts (decoding starts a new scalar at every ASCII or lead byte, valid or not), and the
    /// bytes between two spaces decode alike whichever space ends them.
    static func collapsing(utf8: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        var index = 0
        while index < utf8.count {
            let space = spaceLength(utf8, at: index)
            if space > 0 {
                pendingSpace = !output.isEmpty
                index += space
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            output.append(utf8[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length of the encoding of an ``isSpace(_:)`` scalar starting at `index` (U+0009…000D,
    /// U+0020, U+00A0, U+2002…200B, U+3000, U+FEFF), or 0.
    @inline(__always)
    static func spaceLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        if byte <= 0x20 { return byte == 0x20 || byte &- 0x09 < 5 ? 1 : 0 }
        guard byte >= 0xC2 else { return 0 }
        let next = index + 1 < utf8.count ? utf8[index + 1] : 0
        if byte == 0xC2 { return next == 0xA0 ? 2 : 0 }
        let afterNext = index + 2 < utf8.count ? utf8[index + 2] : 0
        switch byte {
        case 0xE2: return next == 0x80 && afterNext &- 0x82 < 10 ? 3 : 0
        case 0xE3: return next == 0x80 && afterNext == 0x80 ? 3 : 0
        case 0xEF: return next == 0xBB && afterNext == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// ``isCollapsed(_:)`` on contiguous bytes, read by lead byte: only a byte up to 0x20 or the
    /// lead bytes C2, E2, E3 and EF can begin a space the check looks for (C2 A0, E2 80 80…8B,
    /// E3 80 80, EF BB BF), so most bytes of Chinese or Latin text cost two comparisons and the
    /// lead bytes of Chinese characters one bit test more.
    static func isCollapsed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count > 0 else { return true }
        if utf8[0] == 0x20 || utf8[count - 1] == 0x20 { return false }
        // Bit k: lead byte 0xC2 + k starts such a space (C2, E2, E3, EF); the lead bytes of
        // Chinese characters (E4…E9) go no further.
        let spaceLeads: UInt64 = 1 | 1 << 0x20 | 1 << 0x21 | 1 << 0x2D
        var index = 0
        while index < count {
            let byte = utf8[index]
            if byte <= 0x20 {
                if byte >= 0x09 && byte <= 0x0D { return false }
                if byte == 0x20, utf8[index - 1] == 0x20 { return false }  // index > 0: the first byte is no space
            } else if byte >= 0xC2, spaceLeads >> UInt64(byte - 0xC2) & 1 != 0 {
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

    /// False when `utf8` can hold no date that ``DateParsing/firstMatch(in:asOf:)`` finds: each
    /// starts at an ASCII or full-width digit (EF BC 90…99) or is written in Chinese numerals, which
    /// need 年 (E5 B9 B4). True means it may.
    static func mayHoldDate(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        while index < count {
            let byte = utf8[index]
            if byte &- 0x30 < 10 { return true }
            if byte == 0xEF || byte == 0xE5, index + 2 < count {
                let next = utf8[index + 1], last = utf8[index + 2]
                if byte == 0xEF ? next == 0xBC && last &- 0x90 < 10 : next == 0xB9 && last == 0xB4 { return true }
            }
            index += 1
        }
        return false
    }

    /// The Unicode scalars `utf8` spells, into `scalars` (emptied first, its storage kept), when the
    /// bytes are valid UTF-8: then they are the scalars of `String(decoding: utf8, as: UTF8.self)`.
    /// False for invalid bytes (decoding them as a string repairs them; the caller does that).
    static func decodeScalars(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: inout [Unicode.Scalar]) -> Bool {
        scalars.removeAll(keepingCapacity: true)
        scalars.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// `text.utf8` ends with `suffix` (a byte-wise test, as `text.utf8.reversed().starts(with:
    /// suffix.reversed())` is).
    static func hasSuffix(_ text: String, utf8 suffix: [UInt8]) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= suffix.count && UnsafeBufferPointer(rebasing: bytes[(bytes.count - suffix.count)...]).elementsEqual(suffix)
        } ?? text.utf8.reversed().starts(with: suffix.reversed())
    }

    /// `text.unicodeScalars.count < limit`, mostly from the byte count: a scalar is 1 to 4 bytes,
    /// and a string's UTF-8 is valid, so its scalars are its bytes that are not continuation bytes.
    static func hasFewerScalars(_ text: String, than limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes < limit { return true }
        if bytes >= 4 * limit { return false }
        let count = text.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        } ?? text.unicodeScalars.count
        return count < limit
    }
}
