extension HiddenStyle {
    /// Up to the first 16 bytes of a property name, packed, and how many bytes it had: compared
    /// with the hiding properties' keys without making a string.
    struct PropertyKey: Equatable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var count = 0

        init() {}

        init(_ name: String) {
            for byte in name.utf8 { append(byte) }
        }

        mutating func append(_ byte: UInt8) {
            if count < 8 { head |= UInt64(byte) << UInt64(8 * count) }
            else if count < 16 { tail |= UInt64(byte) << UInt64(8 * (count - 8)) }
            count += 1
        }
    }

    /// What a property that can hide an element hides with, judged on the bytes of its value
    /// (white space removed, lower-cased, cut at `!`): the same answers as
    /// ``hides(property:value:)`` gives for ASCII values.
    enum HidingProperty {
        /// `display:none`.
        case display
        /// `visibility:hidden` or `collapse`.
        case visibility
        /// `opacity`, `font-size`, `width`, `height`, `max-height`, `max-width` of zero.
        case size
        /// `left`, `top`, `margin-left`, `margin-top`, `text-indent` of -500 or further.
        case offset

        private static let names: [(String, HidingProperty)] = [
            ("display", .display), ("visibility", .visibility), ("opacity", .size), ("font-size", .size),
            ("width", .size), ("height", .size), ("max-height", .size), ("max-width", .size),
            ("left", .offset), ("top", .offset), ("margin-left", .offset), ("margin-top", .offset),
            ("text-indent", .offset),
        ]
        private static let keys = names.map { (key: PropertyKey($0.0), kind: $0.1) }

        /// The kind of a property by its lower-cased name's key, nil for one that cannot hide.
        init?(_ key: PropertyKey) {
            guard let found = Self.keys.first(where: { $0.key == key }) else { return nil }
            self = found.kind
        }

        /// Whether `value` (ASCII, lower-cased, no white space, cut at `!`) hides.
        func hides(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .display: return value.elementsEqual("none".utf8)
            case .visibility: return value.elementsEqual("hidden".utf8) || value.elementsEqual("collapse".utf8)
            case .size: return Self.isZero(value)
            case .offset:
                // `Int(digits) ?? 0 >= 500`: no digits, or too many for an Int, count as zero.
                guard value.first == UInt8(ascii: "-") else { return false }
                var number = 0
                for byte in value.dropFirst() {
                    guard byte &- 0x30 < 10 else { break }
                    let (times, overflow) = number.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = times.addingReportingOverflow(Int(byte &- 0x30))
                    guard !overflow, !carry else { return false }
                    number = sum
                }
                return number >= 500
            }
        }

        /// `0`, `0px`, `0pt`, `0em`, `0%`, `0.0`: a number of digits and at most one point (what
        /// `Double` accepts of them) that is zero, then one of the units or none.
        static func isZero(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
            var length = 0
            var points = 0
            var digits = 0
            var nonZero = false
            for byte in value {
                if byte == UInt8(ascii: ".") { points += 1 }
                else if byte &- 0x30 < 10 {
                    digits += 1
                    if byte != UInt8(ascii: "0") { nonZero = true }
                } else { break }
                length += 1
            }
            guard digits > 0, points <= 1 else { return false }
            if nonZero {
                // A shorter number with a digit other than 0 is at least 1e-299: not zero. A longer
                // one may round to zero, as `Double` reads it.
                guard length >= 300, Double(String(decoding: UnsafeBufferPointer(rebasing: value[..<length]), as: UTF8.self)) == 0 else {
                    return false
                }
            }
            let unit = UnsafeBufferPointer(rebasing: value[length...])
            return units.contains { unit.elementsEqual($0.utf8) }
        }

        private static let units = ["", "px", "pt", "em", "rem", "%"]
    }
}
