extension HiddenStyle {
    /// Class and id names a stylesheet hides (`.x{display:none}`, `#y a{font-size:0}`).
    ///
    /// Only a selector's subject is read: its last compound, or the one before when the last is
    /// a bare tag (`.x a`), and only when that compound names exactly one class or id.
    static func hiddenNames(inStylesheet css: String) -> (classes: Set<String>, ids: Set<String>) {
        var stylesheet = css
        return stylesheet.withUTF8 { hiddenNames(inStylesheetUTF8: $0) }
    }

    /// ``hiddenNames(inStylesheet:)`` of a stylesheet given as well-formed UTF-8 (its string's
    /// `utf8`): the page's `<style>` texts are read on their bytes, no string made of them.
    static func hiddenNames(inStylesheetUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (classes: Set<String>, ids: Set<String>) {
        var names = (classes: Set<String>(), ids: Set<String>())
        // CSS syntax is ASCII: rules are read on bytes where they lie; a string is made only for a
        // hidden name (or for a rule the bytes cannot judge).
        let commentStart: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "*")]
        guard commentStart.withUnsafeBufferPointer({ ByteSearch.contains($0, in: bytes) }) else {
            addHidingRules(in: bytes, to: &names)
            return names
        }
        withoutComments(bytes).withUnsafeBufferPointer { addHidingRules(in: $0, to: &names) }
        return names
    }

    /// Adds the subjects of every rule that hides (``hides(_:)`` of its body) in a stylesheet
    /// without comments, each rule read where it lies: a rule's body runs from a `{` to the next
    /// `}`, and its selector is what lies between that `{` and the brace before it.
    private static func addHidingRules(in css: UnsafeBufferPointer<UInt8>, to names: inout (classes: Set<String>, ids: Set<String>)) {
        var segmentStart = 0  // just after the last brace
        while let close = ByteSearch.firstOffset(of: UInt8(ascii: "}"), in: css, from: segmentStart) {
            // The last `{` before the `}` opens the rule; an earlier one (`@media print{`) ends
            // the selector's segment. A `}` with no `{` before it closes nothing.
            var open = -1
            var selectorStart = segmentStart
            while let brace = ByteSearch.firstOffset(of: UInt8(ascii: "{"), in: css, from: open < 0 ? segmentStart : open + 1), brace < close {
                if open >= 0 { selectorStart = open + 1 }
                open = brace
            }
            if open >= 0 {
                let body = UnsafeBufferPointer(rebasing: css[(open + 1)..<close])
                if hidesReadingBytes(body) ?? hidesReadingCharacters(String(decoding: body, as: UTF8.self)) {
                    addSubjects(of: UnsafeBufferPointer(rebasing: css[selectorStart..<open]), to: &names)
                }
            }
            segmentStart = close + 1
        }
    }

    /// A stylesheet's bytes without its comments: `/*` opens one and the next `*/` closes it. The
    /// slash that closes a comment opens none (`/* reset */*{margin:0}` is a comment, then `*`).
    static func withoutComments(_ css: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let open: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "*")]
        let close: [UInt8] = [UInt8(ascii: "*"), UInt8(ascii: "/")]
        var output: [UInt8] = []
        output.reserveCapacity(css.count)
        open.withUnsafeBufferPointer { open in
            close.withUnsafeBufferPointer { close in
                var offset = 0
                while let start = ByteSearch.firstOffset(of: open, in: css, from: offset) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: css[offset..<start]))
                    // The comment's own `*` cannot close it: the search starts after it.
                    guard let end = ByteSearch.firstOffset(of: close, in: css, from: start + 2) else { return }
                    offset = end + 2
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: css[offset...]))
            }
        }
        return output
    }

    /// ``hides(_:)`` of declarations read on their UTF-8 bytes, with no string made; nil when the
    /// bytes cannot tell, and then only the reading on characters can.
    ///
    /// The bytes tell when every scalar is ASCII or a CJK unified ideograph (U+4E00…U+9FFF, as in
    /// `font-family:微软雅黑`): such scalars are grapheme-cluster class Other (or the CR LF pair),
    /// so no character joins a `;` or `:` to a neighbour and splitting bytes splits characters;
    /// none is white space but ASCII's, and ideographs have no case. A combining mark after a `;`
    /// would join it: such text goes to the characters. A hiding property's value is judged on
    /// bytes only when it is ASCII (an ideograph can be a number, 一, to `Character.isNumber`).
    static func hidesReadingBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard splitsLikeCharacters(utf8) else { return nil }
        let count = utf8.count
        var offset = 0
        while offset < count {
            // The property: the bytes before the declaration's first colon, white space left out.
            var property = PropertyKey()
            var colon = -1
            while offset < count {
                let byte = utf8[offset]
                if byte == UInt8(ascii: ":") {
                    colon = offset
                    break
                }
                if byte == UInt8(ascii: ";") { break }
                if byte != 0x20, byte &- 0x09 >= 5 { property.append(byte &- 65 < 26 ? byte | 0x20 : byte) }
                offset += 1
            }
            guard colon >= 0 else {
                offset += 1  // a declaration with no colon sets nothing
                continue
            }
            // The value runs to the next semicolon; only a hiding property's value is read.
            let end = ByteSearch.firstOffset(of: UInt8(ascii: ";"), in: utf8, from: colon + 1) ?? count
            switch declarationHides(property, value: utf8, from: colon + 1, to: end) {
            case true?: return true
            case nil: return nil
            case false?: offset = end + 1
            }
        }
        return false
    }

    /// Whether every scalar of `utf8` is ASCII or a CJK unified ideograph (E4 B8 80 … E9 BF BF).
    static func splitsLikeCharacters(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = ByteSearch.firstNonASCII(in: utf8)
        while let offset = next {
            // The text is valid UTF-8 (it comes from a String): a lead byte E4…E9 starts three bytes.
            let lead = utf8[offset]
            guard lead &- 0xE4 <= 0xE9 - 0xE4, offset + 2 < utf8.count else { return false }
            if lead == 0xE4, utf8[offset + 1] < 0xB8 { return false }
            next = ByteSearch.firstNonASCII(in: utf8, from: offset + 3)
        }
        return true
    }

    /// Whether one declaration hides: false for a property that cannot, nil when its value is not
    /// ASCII (the characters must tell). `value` runs from just after the colon to `end`.
    private static func declarationHides(_ property: PropertyKey, value utf8: UnsafeBufferPointer<UInt8>,
                                         from start: Int, to end: Int) -> Bool? {
        guard let kind = HidingProperty(property) else { return false }
        // The value without white space, lower-cased, cut at `!`.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { buffer -> Bool? in
            var count = 0
            for byte in utf8[start..<end] {
                if byte == UInt8(ascii: "!") { break }
                if byte == 0x20 || byte &- 0x09 < 5 { continue }
                if byte >= 0x80 { return nil }
                buffer[count] = byte &- 65 < 26 ? byte | 0x20 : byte
                count += 1
            }
            return kind.hides(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
