extension ScriptWrites {
    /// Reads one argument expression: literals, `+`, unescape/decode wrappers; stops at `)`, `,` or `;`.
    /// It reads a script's bytes in place and lives only inside the closure that lends them.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        static let maxDepth = 4

        /// Appends the expression's decoded literals to `out`.
        mutating func expression(depth: Int, into out: inout [UInt8]) {
            var parentheses = 0
            while position < bytes.count {
                skipSpace()
                guard position < bytes.count else { break }
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                    _ = JavaScriptString.literal(in: bytes, at: &position, appendingTo: &out)
                case UInt8(ascii: "+"):
                    position += 1
                case UInt8(ascii: "("):
                    parentheses += 1
                    position += 1
                case UInt8(ascii: ")"):
                    if parentheses == 0 { return }
                    parentheses -= 1
                    position += 1
                case UInt8(ascii: ","), UInt8(ascii: ";"):
                    if parentheses == 0 { return }
                    position += 1
                default:
                    if depth < Self.maxDepth, let wrapper = decoder() {
                        var inner = Reader(bytes: bytes, position: position)
                        var encoded: [UInt8] = []
                        inner.expression(depth: depth + 1, into: &encoded)
                        position = inner.position < bytes.count ? inner.position + 1 : inner.position
                        out += ScriptWrites.unescape(encoded, asUTF8: wrapper)
                    } else {
                        skipToken()
                    }
                }
            }
        }

        /// At `unescape(` (false) or `decodeURIComponent(`/`decodeURI(` (true): moves past the
        /// parenthesis and says which.
        private mutating func decoder() -> Bool? {
            // Every identifier the argument holds comes here: its first byte rules out most.
            let first = bytes[position]
            guard first == UInt8(ascii: "u") || first == UInt8(ascii: "d") else { return nil }
            for (needle, utf8) in Self.decoders where hasPrefix(needle) {
                position += needle.count
                return utf8
            }
            return nil
        }

        private func hasPrefix(_ needle: [UInt8]) -> Bool {
            guard bytes.count - position >= needle.count else { return false }
            for k in 0..<needle.count where bytes[position + k] != needle[k] { return false }
            return true
        }

        private static let decoders: [([UInt8], Bool)] = [
            (Array("unescape(".utf8), false), (Array("decodeURIComponent(".utf8), true), (Array("decodeURI(".utf8), true),
        ]

        private mutating func skipToken() {
            let start = position
            while position < bytes.count, !Self.endsToken(bytes[position]) { position += 1 }
            if position == start { position += 1 }
        }

        /// Whether `byte` is one of `"'`+(),;`, a space, a tab or a line break.
        private static func endsToken(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: ","), UInt8(ascii: ";"), 10, 32, 9, 13: true
            default: false
            }
        }

        private mutating func skipSpace() {
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 9 || byte == 10 || byte == 13 || byte == 32 else { return }
                position += 1
            }
        }
    }
}
