/// String literals of inline scripts, decoded the way JavaScript reads them (never run).
enum JavaScriptString {
    /// Decodes the literal whose opening quote is at `position` in `bytes` and moves `position`
    /// past its closing quote (or to the end). `\n \t \r`, `\xHH`, `\uHHHH` and line continuations
    /// are decoded; any other escaped byte stands for itself. `closed` is false when the script
    /// ends before the closing quote.
    static func literal(in bytes: [UInt8], at position: inout Int) -> (bytes: [UInt8], closed: Bool) {
        var out: [UInt8] = []
        let closed = bytes.withUnsafeBufferPointer { literal(in: $0, at: &position, appendingTo: &out) }
        return (out, closed)
    }

    /// ``literal(in:at:)`` appending the decoded bytes to `out`; returns whether the literal closed.
    ///
    /// The bytes between escapes are copied as runs: a search eight bytes at a time stops only at
    /// the closing quote or a backslash.
    static func literal(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int, appendingTo out: inout [UInt8]) -> Bool {
        let quote = bytes[position]
        let backslash = UInt8(ascii: "\\")
        position += 1
        while position < bytes.count {
            let stop = ByteSearch.firstOffset(of: quote, or: backslash, in: bytes, from: position) ?? bytes.count
            if stop > position { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<stop])) }
            guard stop < bytes.count else {
                position = stop
                return false
            }
            position = stop + 1
            if bytes[stop] == quote { return true }
            guard position < bytes.count else {
                out.append(backslash)
                return false
            }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "x"): appendCodePoint(digits: 2, from: bytes, at: &position, to: &out)
            case UInt8(ascii: "u"): appendCodePoint(digits: 4, from: bytes, at: &position, to: &out)
            case 10: break  // a line continuation
            default: out.append(escaped)
            }
        }
        return false
    }

    /// The value of hexadecimal `digits`, or nil when one is not a hexadecimal digit.
    static func hex<Digits: Sequence<UInt8>>(_ digits: Digits) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 16 + UInt32(digit - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value * 16 + UInt32(digit - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value * 16 + UInt32(digit - 55)
            default: return nil
            }
        }
        return value
    }

    /// Appends the UTF-8 of the scalar `digits` hexadecimal digits at `position` name and moves
    /// past them; appends nothing and stays when they are not digits or name no scalar.
    private static func appendCodePoint(digits: Int, from bytes: UnsafeBufferPointer<UInt8>, at position: inout Int,
                                        to out: inout [UInt8]) {
        guard position + digits <= bytes.count, let code = hex(bytes[position..<(position + digits)]),
              let scalar = Unicode.Scalar(code) else { return }
        appendUTF8(of: scalar, to: &out)
        position += digits
    }

    /// Appends the UTF-8 encoding of `scalar`.
    static func appendUTF8(of scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
