/// The label names of ``MessageBoardLabels/table`` as integers: the byte readers look a name up
/// without making a `String` of it.
extension MessageBoardLabels {
    /// A name of at most six ideographs (U+4E00…U+9FFF) as one value: 16 bits a scalar, zero
    /// where there is none (no ideograph is zero), so a look-up takes two integers, not a string.
    struct NameKey: Equatable {
        private(set) var low: UInt64 = 0
        private(set) var high: UInt64 = 0
        private(set) var count = 0

        /// Adds `scalar`, an ideograph; false (and unchanged) past six.
        mutating func append(_ scalar: Unicode.Scalar) -> Bool {
            guard count < 6 else { return false }
            if count < 4 { low |= UInt64(scalar.value) << (16 * count) } else { high |= UInt64(scalar.value) << (16 * (count - 4)) }
            count += 1
            return true
        }

        /// The key of `name`, nil unless it is one to six ideographs.
        init?(_ name: String) {
            for scalar in name.unicodeScalars {
                guard MessageBoardLabels.isIdeograph(scalar), append(scalar) else { return nil }
            }
            if count == 0 { return nil }
        }

        init() {}
    }

    /// The fields by name key: an open-addressing table of 256 slots for the table's few dozen
    /// names, built once, so that a look-up is a multiplication and a comparison or two.
    struct NameTable {
        private var keys = [NameKey](repeating: NameKey(), count: 256)
        private var fields = [Field?](repeating: nil, count: 256)
        /// How many names the table holds.
        private(set) var count = 0

        /// ``MessageBoardLabels/table``, each name keeping the first row that lists it (as
        /// ``labelled(_:)`` reads the table in order). Every name is two to six ideographs (a test
        /// holds the table to it).
        init(_ table: [(Field, [String])]) {
            for (field, names) in table {
                for name in names {
                    guard let key = NameKey(name) else { continue }
                    var slot = Self.slot(of: key)
                    while keys[slot].count > 0, keys[slot] != key { slot = (slot + 1) & 255 }
                    if keys[slot].count == 0 {
                        keys[slot] = key
                        fields[slot] = field
                        count += 1
                    }
                }
            }
        }

        /// The field `key` names, nil when none.
        subscript(key: NameKey) -> Field? {
            guard key.count > 0 else { return nil }
            var slot = Self.slot(of: key)
            while keys[slot].count > 0 {
                if keys[slot] == key { return fields[slot] }
                slot = (slot + 1) & 255
            }
            return nil
        }

        private static func slot(of key: NameKey) -> Int {
            Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> 56)
        }
    }

    /// ``table`` by name key.
    static let fieldByKey = NameTable(table)

    /// The first ideographs of the names, a bit each over U+4E00…U+9FFF.
    static let nameInitials: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00) / 64)
        for (_, names) in table {
            for name in names {
                guard let first = name.unicodeScalars.first, isIdeograph(first) else { continue }
                let offset = Int(first.value - 0x4E00)
                bits[offset / 64] |= 1 << UInt64(offset % 64)
            }
        }
        return bits
    }()

    /// Whether `scalar`, an ideograph, begins a name. A text whose first kept scalar is an ideograph
    /// beginning none names no field, whatever follows: a string equal to a name decomposes into
    /// it, and an ideograph first decomposes into itself, first.
    @inline(__always)
    static func isNameInitial(_ scalar: Unicode.Scalar) -> Bool {
        let offset = Int(scalar.value &- 0x4E00)
        return nameInitials[offset / 64] & (1 << UInt64(offset % 64)) != 0
    }
}
