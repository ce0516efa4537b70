extension DocumentNumberReader {
    /// False only when no label can be found in the UTF-8 `text` once blanks are dropped: every
    /// label ends in 文号, 字号 or 编号, so some 号 (E5 8F B7) must follow 文, 字 or 编 with nothing
    /// but White_Space scalars between them. Each 号 is checked by stepping back over the scalars
    /// before it; a scalar whose bytes are not valid UTF-8 answers true (the decoding path decides).
    static func mayHoldLabel(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        haoBytes.withUnsafeBufferPointer { hao in
            var from = 0
            while let at = ByteSearch.firstOffset(of: hao, in: text, from: from) {
                if labelEnds(before: at, in: text) { return true }
                from = at + hao.count
            }
            return false
        }
    }

    /// The scalars of the well-formed UTF-8 `text` that are not White_Space, decoded straight
    /// from the bytes (what `String(decoding:)` and a filter give), and where the 号 among them
    /// are; nil when the bytes are not well-formed, for the `String` to repair.
    static func scalarsWithoutBlanks(utf8 text: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], hao: [Int])? {
        var hao: [Int] = []
        var wellFormed = true
        // At most one scalar per byte: written straight into the array's storage.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.count) { out, count in
            var index = 0, written = 0
            while index < text.count {
                let byte = text[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                    out[written] = Unicode.Scalar(byte)
                    written += 1
                    continue
                }
                if byte >= 0xE4, byte <= 0xE9, index + 2 < text.count, text[index + 1] & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80 {
                    // U+4000…U+9FFF (the ideographs): well-formed, never White_Space.
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
                    index += 3
                    if value == 0x53F7 { hao.append(written) }  // 号
                    out[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    written += 1
                    continue
                }
                guard let (scalar, length) = WellFormedUTF8.scalar(in: text, at: index) else {
                    wellFormed = false
                    break
                }
                index += length
                if isWhitespace(scalar) { continue }
                if scalar == "号" { hao.append(written) }
                out[written] = scalar
                written += 1
            }
            count = written
        }
        return wellFormed ? (scalars, hao) : nil
    }

    /// Whether the last scalar before `end` that is not White_Space is 文, 字 or 编 (or cannot be read).
    private static func labelEnds(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = end
        while end > 0 {
            var start = end - 1
            while start > 0, end - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
            guard let scalar = scalar(in: UnsafeBufferPointer(rebasing: text[start..<end])) else { return true }
            if labelTails.contains(scalar) { return true }
            guard isWhitespace(scalar) else { return false }
            end = start
        }
        return false
    }

    /// The one scalar `bytes` encode, or nil when they are not exactly one valid scalar.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), case .emptyInput = decoder.decode(&iterator)
        else { return nil }
        return scalar
    }

    /// The scalars a label's 号 follows.
    private static let labelTails: Set<Unicode.Scalar> = ["文", "字", "编"]
}
