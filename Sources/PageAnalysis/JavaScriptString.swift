/// String literals of inline scripts, decoded the way JavaScript reads them (never run).
enum JavaScriptString {
    /// Decodes the literal whose opening quote is at `position` in `bytes` and moves `position`
    /// past its closing quote (or to the end). `\n \t \r`, `\xHH`, `\uHHHH` and line continuations
    /// are decoded; any other escaped byte stands for itself. `closed` is false when the script
    /// ends before the closing quote.
    static func literal(in bytes: [UInt8], at position: inout Int) -> (bytes: [UInt8], closed: Bool) {
        let quote = bytes[position]
        position += 1
        var out: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == quote { return (out, true) }
            guard byte == UInt8(ascii: "\\"), position < bytes.count else {
                out.append(byte)
                continue
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
        return (out, false)
    }

    /// The value of hexadecimal `digits`, or nil when one is not a hexadecimal digit.
    static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
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

    private static func appendCodePoint(digits: Int, from bytes: [UInt8], at position: inout Int, to out: inout [UInt8]) {
        guard position + digits <= bytes.count, let code = hex(bytes[position..<(position + digits)]),
              let scalar = Unicode.Scalar(code) else { return }
        out += Array(String(Character(scalar)).utf8)
        position += digits
    }
}
