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
        var out: [UInt8] = []
        withUTF8(of: script) { appendMarkup(in: $0, to: &out, limit: limit) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends to `out` what ``markup(in:limit:)`` gives for the script whose UTF-8 is `script`
    /// (well-formed), read in place. What it appends is well-formed UTF-8 too: a write cut at
    /// `limit` is repaired as `String` repairs it.
    static func appendMarkup(in script: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], limit: Int = 256 * 1024) {
        let sites = callSites(in: script, limit: 200)
        guard sites.contains(where: { !$0.isEmpty }) else { return }
        let start = out.count
        var cut = false
        for (call, offsets) in zip(calls, sites) {
            for offset in offsets where out.count - start < limit {
                var reader = Reader(bytes: script, position: offset + call.count)
                let before = out.count
                reader.expression(depth: 0, into: &out)
                guard out.count > before else { continue }
                cut = cap(&out, from: start, limit: limit) || cut
                out.append(10)
            }
        }
        if cut { repair(&out, from: start) }
    }

    /// The markup written through a variable: `footer.innerHTML = pcFooterStr` with
    /// `var pcFooterStr = '<div>…' + '…'` in any of `scripts`. Only variables a writing call is
    /// given bare, and only assignments of literals that start with markup, are read.
    static func variableMarkup(in scripts: [String], limit: Int = 256 * 1024) -> String {
        var out: [UInt8] = []
        appendVariableMarkup(in: scripts.map { Array($0.utf8) }, to: &out, limit: limit)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``variableMarkup(in:limit:)`` of the scripts whose UTF-8 (well-formed) is `scripts` to `out`.
    static func appendVariableMarkup(in scripts: [[UInt8]], to out: inout [UInt8], limit: Int = 256 * 1024) {
        var names: [[UInt8]] = []  // few: a list, not a set of hashed arrays
        for script in scripts {
            script.withUnsafeBufferPointer { bytes in
                let sites = callSites(in: bytes, limit: 200)
                for (call, offsets) in zip(calls, sites) {
                    for offset in offsets {
                        if let name = bareIdentifier(in: bytes, at: offset + call.count), !names.contains(name) { names.append(name) }
                    }
                }
            }
        }
        guard !names.isEmpty else { return }
        let start = out.count
        var cut = false
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let anchor = ByteSearch.rareByteIndex(in: name)
            for script in scripts {
                script.withUnsafeBufferPointer { bytes in
                    name.withUnsafeBufferPointer { pin in
                        var from = 0
                        var found = 0
                        // Anchored on a rare byte: a name's last byte (`r` of `footerStr`) is everywhere.
                        while found < 50, let offset = ByteSearch.firstOffset(of: pin, anchor: anchor, in: bytes, from: from) {
                            found += 1
                            from = offset + pin.count
                            guard out.count - start < limit else { continue }
                            guard offset == 0 || !isIdentifierByte(bytes[offset - 1]) else { continue }
                            var i = offset + pin.count
                            while i < bytes.count, bytes[i] == 9 || bytes[i] == 32 { i += 1 }
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "="), bytes[i + 1] != UInt8(ascii: "=") else { continue }
                            var reader = Reader(bytes: bytes, position: i + 1)
                            let before = out.count
                            reader.expression(depth: 0, into: &out)
                            guard firstNonSpace(in: out, from: before) == UInt8(ascii: "<") else {
                                out.removeSubrange(before...)
                                continue
                            }
                            cut = cap(&out, from: start, limit: limit) || cut
                            out.append(10)
                        }
                    }
                }
            }
        }
        if cut { repair(&out, from: start) }
    }

    /// Calls `body` with the UTF-8 of `text`, in place when the string is native.
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Cuts `out` to `limit` bytes past `start`; true when it cut.
    private static func cap(_ out: inout [UInt8], from start: Int, limit: Int) -> Bool {
        guard out.count - start > limit else { return false }
        out.removeSubrange((start + limit)...)
        return true
    }

    /// Replaces `out[start...]` with its UTF-8 repaired as `String(decoding:as:)` repairs it (a
    /// cut may split a character).
    private static func repair(_ out: inout [UInt8], from start: Int) {
        let repaired = String(decoding: out[start...], as: UTF8.self)
        out.replaceSubrange(start..., with: repaired.utf8)
    }

    /// The first byte of `bytes` at or after `start` that is not a space, tab or line break.
    private static func firstNonSpace(in bytes: [UInt8], from start: Int) -> UInt8? {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte != 9 && byte != 10 && byte != 13 && byte != 32 { return byte }
            i += 1
        }
        return nil
    }

    /// The identifier at `position` when it is the whole argument (`x)`, `x;`, `x,`), else nil.
    private static func bareIdentifier(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> [UInt8]? {
        var i = position
        while i < bytes.count, bytes[i] == 9 || bytes[i] == 32 { i += 1 }
        let start = i
        guard i < bytes.count, isIdentifierByte(bytes[i]), !(48...57).contains(bytes[i]) else { return nil }
        while i < bytes.count, isIdentifierByte(bytes[i]) { i += 1 }
        let end = i
        while i < bytes.count, bytes[i] == 9 || bytes[i] == 32 { i += 1 }
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ","), 10, 13: break
        default: return nil
        }
        return end - start >= 2 ? Array(bytes[start..<end]) : nil
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
                for byte in pending { JavaScriptString.appendUTF8(of: Unicode.Scalar(byte), to: &out) }
            }
            pending.removeAll()
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                if i + 5 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "u"),
                   let code = JavaScriptString.hex(bytes[(i + 2)..<(i + 6)]), let scalar = Unicode.Scalar(code) {
                    flush()
                    JavaScriptString.appendUTF8(of: scalar, to: &out)
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
}
