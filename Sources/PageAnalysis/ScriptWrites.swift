/// The markup inline scripts write into the page, read from their string literals without running
/// them: `document.write(unescape("%3Cspan id='_ideConac'…"))`, `document.writeln("<a …>" + "…")`,
/// `el.innerHTML = '…'`, `$(x).append('…')`.
///
/// A call's argument is read as literals joined by `+` (`"…" + "…"`), optionally wrapped in
/// `unescape(…)` or `decodeURIComponent(…)`; `\x41`, `\u4e2d` and the usual escapes are decoded,
/// and `%3C`/`%u4E2D` percent escapes inside an unescape. Anything that is not a literal
/// (variables, calls) is skipped. The result is markup to scan, never code to run.
enum ScriptWrites {
    /// The writing calls, each ending where its argument starts (`.write(` also finds
    /// `document\n\t.write(`, split over lines as some templates do).
    static let calls: [[UInt8]] = [
        ".write(", ".writeln(", "innerHTML=", "innerHTML =", ".append(", ".prepend(", ".html(",
    ].map { Array($0.utf8) }

    /// Everything the writing calls in `script` write, one call a line, at most `limit` bytes.
    static func markup(in script: String, limit: Int = 256 * 1024) -> String {
        let sites = callSites(inUTF8: script, limit: 200)
        guard sites.contains(where: { !$0.isEmpty }) else { return "" }
        let bytes = Array(script.utf8)
        var out: [UInt8] = []
        for (call, offsets) in zip(calls, sites) {
            for offset in offsets where out.count < limit {
                var reader = Reader(bytes: bytes, position: offset + call.count)
                let written = reader.expression(depth: 0)
                guard !written.isEmpty else { continue }
                out += written.prefix(limit - out.count)
                out.append(10)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The markup written through a variable: `footer.innerHTML = pcFooterStr` with
    /// `var pcFooterStr = '<div>…' + '…'` in any of `scripts`. Only variables a writing call is
    /// given bare, and only assignments of literals that start with markup, are read.
    static func variableMarkup(in scripts: [String], limit: Int = 256 * 1024) -> String {
        var names: [[UInt8]] = []  // few: a list, not a set of hashed arrays
        for script in scripts {
            let sites = callSites(inUTF8: script, limit: 200)
            guard sites.contains(where: { !$0.isEmpty }) else { continue }
            let bytes = Array(script.utf8)
            for (call, offsets) in zip(calls, sites) {
                for offset in offsets {
                    if let name = bareIdentifier(in: bytes, at: offset + call.count), !names.contains(name) { names.append(name) }
                }
            }
        }
        guard !names.isEmpty else { return "" }
        let sources = scripts.map { Array($0.utf8) }
        var out: [UInt8] = []
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for bytes in sources {
                for offset in ByteSearch.occurrences(of: name, in: bytes, limit: 50) where out.count < limit {
                    guard offset == 0 || !isIdentifierByte(bytes[offset - 1]) else { continue }
                    var i = offset + name.count
                    while i < bytes.count, [9, 32].contains(bytes[i]) { i += 1 }
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "="), bytes[i + 1] != UInt8(ascii: "=") else { continue }
                    var reader = Reader(bytes: bytes, position: i + 1)
                    let value = reader.expression(depth: 0)
                    guard value.first(where: { ![9, 10, 13, 32].contains($0) }) == UInt8(ascii: "<") else { continue }
                    out += value.prefix(limit - out.count)
                    out.append(10)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The identifier at `position` when it is the whole argument (`x)`, `x;`, `x,`), else nil.
    private static func bareIdentifier(in bytes: [UInt8], at position: Int) -> [UInt8]? {
        var i = position
        while i < bytes.count, [9, 32].contains(bytes[i]) { i += 1 }
        let start = i
        guard i < bytes.count, isIdentifierByte(bytes[i]), !(48...57).contains(bytes[i]) else { return nil }
        while i < bytes.count, isIdentifierByte(bytes[i]) { i += 1 }
        let name = Array(bytes[start..<i])
        while i < bytes.count, [9, 32].contains(bytes[i]) { i += 1 }
        guard i < bytes.count, [UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ","), 10, 13].contains(bytes[i]) else { return nil }
        return name.count >= 2 ? name : nil
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    /// Decodes `%XX` and `%uXXXX` escapes. A run of `%XX` bytes that is valid UTF-8 is read as UTF-8
    /// (what the page meant), otherwise as Latin-1 code points (what `unescape` does).
    static func unescape(_ bytes: [UInt8], asUTF8: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            if asUTF8 || String(validating: pending, as: UTF8.self) != nil {
                out += Array(String(decoding: pending, as: UTF8.self).utf8)
            } else {
                for byte in pending { out += Array(String(Character(Unicode.Scalar(byte))).utf8) }
            }
            pending.removeAll()
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                if i + 5 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "u"),
                   let code = JavaScriptString.hex(bytes[(i + 2)..<(i + 6)]), let scalar = Unicode.Scalar(code) {
                    flush()
                    out += Array(String(Character(scalar)).utf8)
                    i += 6
                    continue
                }
                if i + 2 < bytes.count, let value = JavaScriptString.hex(bytes[(i + 1)..<(i + 3)]) {
                    pending.append(UInt8(value))
                    i += 3
                    continue
                }
            }
            flush()
            out.append(bytes[i])
            i += 1
        }
        flush()
        return out
    }

    /// Reads one argument expression: literals, `+`, unescape/decode wrappers; stops at `)`, `,` or `;`.
    struct Reader {
        let bytes: [UInt8]
        var position: Int
        static let maxDepth = 4

        mutating func expression(depth: Int) -> [UInt8] {
            var out: [UInt8] = []
            var parentheses = 0
            while position < bytes.count {
                skipSpace()
                guard position < bytes.count else { break }
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                    out += literal()
                case UInt8(ascii: "+"):
                    position += 1
                case UInt8(ascii: "("):
                    parentheses += 1
                    position += 1
                case UInt8(ascii: ")"):
                    if parentheses == 0 { return out }
                    parentheses -= 1
                    position += 1
                case UInt8(ascii: ","), UInt8(ascii: ";"):
                    if parentheses == 0 { return out }
                    position += 1
                default:
                    if depth < Self.maxDepth, let wrapper = decoder() {
                        var inner = Reader(bytes: bytes, position: position)
                        let decoded = ScriptWrites.unescape(inner.expression(depth: depth + 1), asUTF8: wrapper)
                        position = inner.position < bytes.count ? inner.position + 1 : inner.position
                        out += decoded
                    } else {
                        skipToken()
                    }
                }
            }
            return out
        }

        /// At `unescape(` (false) or `decodeURIComponent(`/`decodeURI(` (true): moves past the
        /// parenthesis and says which.
        private mutating func decoder() -> Bool? {
            // Every identifier the argument holds comes here: its first byte rules out most.
            let first = bytes[position]
            guard first == UInt8(ascii: "u") || first == UInt8(ascii: "d") else { return nil }
            for (needle, utf8) in Self.decoders where ByteSearch.hasPrefix(needle, in: bytes, at: position) {
                position += needle.count
                return utf8
            }
            return nil
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
            while position < bytes.count, [9, 10, 13, 32].contains(bytes[position]) { position += 1 }
        }

        /// A string literal at `position`, escapes decoded.
        private mutating func literal() -> [UInt8] {
            JavaScriptString.literal(in: bytes, at: &position).bytes
        }
    }
}
