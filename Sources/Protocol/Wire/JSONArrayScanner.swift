/// Finds where each element of one array member of a JSON object lies in the object's text,
/// without parsing the values: the coordinator stores each page of a batch as the text the
/// worker sent instead of encoding it again (docs/protocol.md, "Pages stored as sent").
///
/// It walks structure only (strings, brackets, commas), so it is meant for text a JSON parser
/// has just accepted; on anything it does not expect it returns nil, never a wrong range.
struct JSONArrayScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte ranges of the elements of the array under the top-level member `name` of the
    /// object in `bytes`, in order; nil when the text is not an object holding that member as an
    /// array (or the member's name is written with escapes).
    static func elementRanges(ofMember name: String, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var scanner = JSONArrayScanner(bytes: bytes)
        return scanner.elementRanges(ofMember: Array(name.utf8))
    }

    private mutating func elementRanges(ofMember name: [UInt8]) -> [Range<Int>]? {
        skipWhitespace()
        guard take(Self.openBrace) else { return nil }
        while true {
            skipWhitespace()
            guard let key = string() else { return nil }
            skipWhitespace()
            guard take(Self.colon) else { return nil }
            skipWhitespace()
            if UnsafeBufferPointer(rebasing: bytes[key]).elementsEqual(name) { return elements() }
            guard skipValue() else { return nil }
            skipWhitespace()
            guard take(Self.comma) else { return nil }
        }
    }

    /// The ranges of the elements of the array starting here.
    private mutating func elements() -> [Range<Int>]? {
        guard take(Self.openBracket) else { return nil }
        var ranges: [Range<Int>] = []
        skipWhitespace()
        if take(Self.closeBracket) { return ranges }
        while true {
            skipWhitespace()
            let start = index
            guard skipValue() else { return nil }
            ranges.append(start..<index)
            skipWhitespace()
            if take(Self.comma) { continue }
            return take(Self.closeBracket) ? ranges : nil
        }
    }

    /// Moves past one value: a string, an object or array (to its matching bracket), or a number,
    /// `true`, `false` or `null`.
    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case Self.quote:
            return string() != nil
        case Self.openBrace, Self.openBracket:
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case Self.quote:
                    guard string() != nil else { return false }
                    continue
                case Self.openBrace, Self.openBracket:
                    depth += 1
                case Self.closeBrace, Self.closeBracket:
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return true
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        default:
            let start = index
            while index < bytes.count, !Self.endsScalar(bytes[index]) { index += 1 }
            return index > start
        }
    }

    /// Moves past the string starting here; returns the range of its content (between the quotes).
    private mutating func string() -> Range<Int>? {
        guard index < bytes.count, bytes[index] == Self.quote else { return nil }
        index += 1
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case Self.backslash:
                index += 2
            case Self.quote:
                index += 1
                return start..<(index - 1)
            default:
                index += 1
            }
        }
        return nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == comma || byte == closeBrace || byte == closeBracket || isWhitespace(byte)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")
}
