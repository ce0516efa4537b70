#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forgiving reader of JSON and JavaScript object literals (unquoted keys, single quotes),
/// bounded in depth; enough to lift item arrays out of inline scripts.
struct LiteralParser {
    indirect enum Value {
        case string(String)
        case number(Double)
        case array([Value])
        case object([(String, Value)])
        case other
    }

    private let bytes: [UInt8]
    var position = 0
    static let maxDepth = 16

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Moves to the next `byte`; false when there is none.
    mutating func seek(to byte: UInt8) -> Bool {
        guard position < bytes.count else { return false }
        let start = position
        let found = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        position = found ?? bytes.count
        return found != nil
    }

    /// The first byte after `index` that is not white space, or nil.
    func nextNonSpace(after index: Int) -> UInt8? {
        var i = index + 1
        while i < bytes.count, [9, 10, 13, 32].contains(bytes[i]) { i += 1 }
        return i < bytes.count ? bytes[i] : nil
    }

    mutating func parseValue(depth: Int) -> Value? {
        guard depth < Self.maxDepth else { return nil }
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "["):
            position += 1
            var values: [Value] = []
            while true {
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(values) }
                guard let value = parseValue(depth: depth + 1) else { return nil }
                values.append(value)
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ",") { position += 1 }
            }
        case UInt8(ascii: "{"):
            position += 1
            var fields: [(String, Value)] = []
            while true {
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(fields) }
                guard let key = parseKey() else { return nil }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                guard let value = parseValue(depth: depth + 1) else { return nil }
                fields.append((key, value))
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ",") { position += 1 }
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return parseString().map(Value.string)
        default:
            let start = position
            while position < bytes.count, !",]} \t\r\n".utf8.contains(bytes[position]) { position += 1 }
            guard position > start else { return nil }
            let token = String(decoding: bytes[start..<position], as: UTF8.self)
            return Double(token).map(Value.number) ?? .other
        }
    }

    private mutating func parseKey() -> String? {
        if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") { return parseString() }
        let start = position
        while position < bytes.count,
              bytes[position] == UInt8(ascii: "_") || bytes[position] == UInt8(ascii: "$")
                || (bytes[position] | 0x20 >= 97 && bytes[position] | 0x20 <= 122) || (48...57).contains(bytes[position]) {
            position += 1
        }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    private mutating func parseString() -> String? {
        let literal = JavaScriptString.literal(in: bytes, at: &position)
        return literal.closed ? String(decoding: literal.bytes, as: UTF8.self) : nil
    }

    private mutating func skipSpace() {
        while position < bytes.count, [9, 10, 13, 32].contains(bytes[position]) { position += 1 }
    }
}
