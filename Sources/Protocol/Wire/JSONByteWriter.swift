/// Writes JSON as UTF-8 bytes directly, the way ``MessageCoder``'s `JSONEncoder` writes it (keys
/// sorted, slashes unescaped, no whitespace, the same string escapes), byte for byte, for the
/// values a worker sends most: a batch and what it holds (``JSONByteWritable``).
///
/// Encoding a batch through `JSONEncoder` built a tree of boxed values and sorted every object's
/// keys per page; here each type writes its fields in sorted order itself. The coordinator stores
/// each page's text as sent (docs/protocol.md, "Pages stored as sent"), so the output must equal
/// the encoder's exactly: `JSONByteWriterTests` and `StoredPageTextTests` compare the two.
public struct JSONByteWriter: Sendable {
    /// What has been written.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or array element needs a comma before it.
    private var needsComma = false

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text of `value`, as `JSONEncoder` with the protocol's settings writes it.
    public static func text(_ value: some JSONByteWritable) -> String {
        var writer = JSONByteWriter(capacity: 256)
        value.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Starts an object.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Ends the object started last.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Starts an array.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Ends the array started last.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member's name; its value follows. Names are plain ASCII written as they are:
    /// callers write the members of an object in the order of their names' bytes.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    /// Writes a string with the encoder's escapes: `"` and `\` escaped, `\b \f \n \r \t`, other
    /// control characters as `\u00XX`, everything else (slashes, non-ASCII) as it is.
    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                appendEscape(byte)
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an integer in decimal.
    public mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
        needsComma = true
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        needsComma = true
    }

    /// Writes a date as the string `"YYYY-MM-DD"`.
    public mutating func date(_ value: CivilDate) {
        // A date made from a day count may lie outside 1...9999; `iso` says how such a year reads.
        guard (0...9999).contains(value.year) else { return string(value.iso) }
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendDigits(value.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(value.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(value.day, width: 2)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes `data` as a string of standard base64 with padding (Foundation's `base64EncodedString()`).
    public mutating func base64(_ data: [UInt8]) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var index = 0
        while index + 3 <= data.count {
            let group = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2])
            bytes.append(Self.base64Alphabet[Int(group >> 18)])
            bytes.append(Self.base64Alphabet[Int(group >> 12 & 0x3F)])
            bytes.append(Self.base64Alphabet[Int(group >> 6 & 0x3F)])
            bytes.append(Self.base64Alphabet[Int(group & 0x3F)])
            index += 3
        }
        switch data.count - index {
        case 1:
            let group = UInt32(data[index]) << 16
            bytes.append(Self.base64Alphabet[Int(group >> 18)])
            bytes.append(Self.base64Alphabet[Int(group >> 12 & 0x3F)])
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "=")])
        case 2:
            let group = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8
            bytes.append(Self.base64Alphabet[Int(group >> 18)])
            bytes.append(Self.base64Alphabet[Int(group >> 12 & 0x3F)])
            bytes.append(Self.base64Alphabet[Int(group >> 6 & 0x3F)])
            bytes.append(UInt8(ascii: "="))
        default:
            break
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes an array of values.
    public mutating func array(_ values: [some JSONByteWritable]) {
        beginArray()
        for value in values { value.write(to: &self) }
        endArray()
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private mutating func appendDigits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
}

/// A value ``JSONByteWriter`` writes itself, exactly as its `Encodable` conformance encodes it.
public protocol JSONByteWritable: Encodable {
    /// Writes the value's JSON (an object's members in the order of their names' bytes).
    func write(to writer: inout JSONByteWriter)
}
