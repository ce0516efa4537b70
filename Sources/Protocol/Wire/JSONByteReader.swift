/// Reads JSON from UTF-8 bytes straight into the values of a batch (``JSONByteReadable``), the
/// frame a coordinator receives most, without `JSONDecoder`'s tree of boxed values.
///
/// It is strict on purpose: it takes only what it is sure `JSONDecoder` reads the same way
/// (known member names written without escapes, each once; integers without fraction or
/// exponent; strings without raw control characters or lone surrogates) and refuses anything
/// else with ``Refused``. ``MessageCoder/decode(_:)`` then hands the frame to `JSONDecoder`, which
/// decodes it or names what is wrong with it as before, so a frame decodes to the same message
/// either way. Meant for bytes already checked to be UTF-8.
public struct JSONByteReader {
    /// The reader does not take this text; `JSONDecoder` decides.
    public struct Refused: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The position of the next byte to read.
    private(set) var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value `text` holds (one JSON value, as the protocol writes it), or nil when the reader
    /// leaves it to `JSONDecoder`; what it returns is what `JSONDecoder` decodes.
    public static func read<Value: JSONByteReadable>(_ type: Value.Type, from text: String) -> Value? {
        var text = text
        return text.withUTF8 { buffer in
            var reader = JSONByteReader(bytes: buffer)
            reader.skipWhitespace()
            guard let value = try? Value(reading: &reader), reader.isAtEnd() else { return nil }
            return value
        }
    }

    /// Member names as ``object(_:_:)`` takes them.
    static func names(_ names: String...) -> [[UInt8]] {
        names.map { Array($0.utf8) }
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    /// Reads an object: `member` is called with the index in `names` of each member's name, the
    /// reader standing at its value. Unknown and repeated names are refused.
    mutating func object(_ names: [[UInt8]], _ member: (inout JSONByteReader, Int) throws(Refused) -> Void) throws(Refused) {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return }
        var seen: UInt64 = 0
        while true {
            skipWhitespace()
            let field = try name(in: names)
            guard seen & (1 << field) == 0 else { throw Refused() }
            seen |= 1 << field
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try member(&self, field)
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// Reads an array, each element with `element`.
    mutating func array<Element>(_ element: (inout JSONByteReader) throws(Refused) -> Element) throws(Refused) -> [Element] {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        var values: [Element] = []
        if take(UInt8(ascii: "]")) { return values }
        while true {
            skipWhitespace()
            values.append(try element(&self))
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "]"))
            return values
        }
    }

    /// Reads an array, each element with `element`, and the byte range each element spans.
    mutating func arrayWithRanges<Element>(
        _ element: (inout JSONByteReader) throws(Refused) -> Element
    ) throws(Refused) -> (values: [Element], ranges: [Range<Int>]) {
        var ranges: [Range<Int>] = []
        let values = try array { (reader: inout JSONByteReader) throws(Refused) -> Element in
            let start = reader.index
            let value = try element(&reader)
            ranges.append(start..<reader.index)
            return value
        }
        return (values, ranges)
    }

    /// Reads an array of strings.
    mutating func strings() throws(Refused) -> [String] {
        try array { (reader: inout JSONByteReader) throws(Refused) in try reader.string() }
    }

    /// Consumes `null` when it stands here (an absent optional).
    mutating func takeNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Reads `true` or `false`.
    mutating func bool() throws(Refused) -> Bool {
        if matches("true") { index += 4; return true }
        if matches("false") { index += 5; return false }
        throw Refused()
    }

    /// Reads an integer written without fraction or exponent that fits an `Int`.
    mutating func int() throws(Refused) -> Int {
        let negative = take(UInt8(ascii: "-"))
        let start = index
        var magnitude: UInt64 = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
            guard !overflow, !carry else { throw Refused() }
            magnitude = sum
            index += 1
        }
        let digits = index - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Refused() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") { throw Refused() }
        if negative {
            guard magnitude > 0, magnitude <= UInt64(Int.max) + 1 else { throw Refused() }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { throw Refused() }
        return Int(magnitude)
    }

    /// Reads a string, with its escapes.
    mutating func string() throws(Refused) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw Refused() }
            index += 1
        }
        throw Refused()
    }

    /// Reads a string's raw characters as a value of `Value` (an enumeration's raw value).
    mutating func raw<Value: RawRepresentable<String>>(_ type: Value.Type) throws(Refused) -> Value {
        guard let value = Value(rawValue: try string()) else { throw Refused() }
        return value
    }

    /// Reads a date written `YYYY-MM-DD`.
    mutating func date() throws(Refused) -> CivilDate {
        guard let date = CivilDate(iso: try string()) else { throw Refused() }
        return date
    }

    /// The rest of a string that holds escapes; `start` is just after its opening quote.
    private mutating func escapedString(from start: Int) throws(Refused) -> String {
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw Refused() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): try appendEscapedScalar(to: &utf8)
                default: throw Refused()
                }
            default:
                guard byte >= 0x20 else { throw Refused() }
                utf8.append(byte)
            }
        }
        throw Refused()
    }

    /// `\uXXXX` (the `\u` read), or a surrogate pair of two; a lone surrogate is refused.
    private mutating func appendEscapedScalar(to utf8: inout [UInt8]) throws(Refused) {
        var value = UInt32(try hexQuad())
        if (0xD800..<0xDC00).contains(value) {
            guard matches("\\u") else { throw Refused() }
            index += 2
            let low = UInt32(try hexQuad())
            guard (0xDC00..<0xE000).contains(low) else { throw Refused() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(value) {
            throw Refused()
        }
        guard let scalar = Unicode.Scalar(value) else { throw Refused() }
        utf8.append(contentsOf: UTF8.encode(scalar)!)
    }

    private mutating func hexQuad() throws(Refused) -> UInt16 {
        guard index + 4 <= bytes.count else { throw Refused() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Refused()
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// Reads a member's name (no escapes) and returns its index in `names`.
    private mutating func name(in names: [[UInt8]]) throws(Refused) -> Int {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] != UInt8(ascii: "\\") else { throw Refused() }
            index += 1
        }
        guard index < bytes.count else { throw Refused() }
        let name = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        for (field, candidate) in names.enumerated() where candidate.count == name.count && candidate.elementsEqual(name) {
            return field
        }
        throw Refused()
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    /// Moves past JSON whitespace.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func expect(_ byte: UInt8) throws(Refused) {
        guard take(byte) else { throw Refused() }
    }
}

/// A value ``JSONByteReader`` reads itself, to the value its `Decodable` conformance decodes.
public protocol JSONByteReadable: Decodable {
    /// Reads the value standing at the reader, or refuses it.
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused)
}
