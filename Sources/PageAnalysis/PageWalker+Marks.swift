/// What an element's `id` and `class` say, judged once per distinct pair (``ElementMarksMemo``).
extension PageWalker {
    /// What an element's `id` and `class` say (``ElementMarks``); ``elementMarks`` remembers it per pair.
    /// `hiddenClassLengths` is ``nameLengths(of:)`` of `hiddenClasses` (every length by default).
    static func judgeMarks(id: String?, class classes: String?, hiddenIDs: Set<String>, hiddenClasses: Set<String>,
                           hiddenClassLengths: UInt64 = .max) -> ElementMarks {
        var marks = ElementMarks()
        // One lower-cased marker read by both judgements.
        if let marker = LinkClassifier.marker(id: id, class: classes) {
            marks.region = LinkClassifier.region(marker: marker)
            marks.aside = LinkClassifier.isAside(marker: marker)
        }
        if !hiddenIDs.isEmpty, let id, hiddenIDs.contains(id.lowercased()) {
            marks.hiddenByName = true
        } else if !hiddenClasses.isEmpty, let names = classes {
            marks.hiddenByName = namesHidden(classes: names, hiddenClasses: hiddenClasses, lengths: hiddenClassLengths)
        }
        marks.conacSlot = id == "_ideConac" || isConacWidget(class: classes)
        marks.errorReportSlot = isErrorReportSlot(id: id, class: classes)
        return marks
    }

    /// Whether a name of the class list, lower-cased, is one of `hiddenClasses`. The list is split
    /// on its characters that are a space, a tab or a line feed. An ASCII list without a carriage
    /// return (nearly every list) has no character of two scalars, so it is split and lower-cased
    /// on its bytes; any other is split on its characters. On bytes, a name whose length is not
    /// one of `lengths` (``nameLengths(of:)`` of `hiddenClasses`) is passed over unhashed: no
    /// string is made of it.
    static func namesHidden(classes: String, hiddenClasses: Set<String>, lengths: UInt64 = .max) -> Bool {
        var classes = classes
        let read: Bool? = classes.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
                if end > start, lengths & Self.lengthBit(end - start) != 0 {
                    let word = String(unsafeUninitializedCapacity: end - start) { lowered in
                        for index in start..<end {
                            let byte = bytes[index]
                            lowered[index - start] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        }
                        return end - start
                    }
                    if hiddenClasses.contains(word) { return true }
                }
                start = end + 1
            }
            return false
        }
        if let read { return read }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .contains { hiddenClasses.contains($0.lowercased()) }
    }

    /// The byte lengths of `names` as bits of a word (``lengthBit(_:)``), so that a class name of
    /// any other length is known not to be one of them; every bit when a name is not ASCII (a
    /// string equal to an ASCII name need not have its length in bytes).
    static func nameLengths(of names: Set<String>) -> UInt64 {
        var lengths: UInt64 = 0
        for name in names {
            guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return .max }
            lengths |= lengthBit(name.utf8.count)
        }
        return lengths
    }

    /// The bit of ``nameLengths(of:)`` for names of `count` bytes (the last bit for 63 or more).
    static func lengthBit(_ count: Int) -> UInt64 {
        1 << UInt64(min(count, 63))
    }

    /// The slot the national 找错 script fills (`<span id="_span_jiucuo">`) or Hanweb's 找错 widget
    /// (`<div class="j-jiucuo ex-find-wrong" data-setting="{sitecode:…}">`).
    static func isErrorReportSlot(id: String?, class classes: String?) -> Bool {
        if id == "_span_jiucuo" { return true }
        return hasClass(classes, anyOf: errorReportClasses)
    }

    private static let errorReportClasses = ["j-jiucuo", "ex-find-wrong"].map { Array($0.utf8) }
    private static let conacClasses = ["j-gov", "ex-gov-mark"].map { Array($0.utf8) }

    /// Hanweb's 党政机关 badge widget, which its footer script fills from the conac id in
    /// `data-setting` (`<div class="dzjg j-gov ex-gov-mark" data-setting="{sitecode:'541442B4…'}">`).
    static func isConacWidget(class classes: String?) -> Bool {
        hasClass(classes, anyOf: conacClasses)
    }

    /// Whether the class list names one of `names` (ASCII, so equal as strings when equal as
    /// bytes). Most elements have none of them: a byte search rules them out before the list is
    /// split, and before that a look for a `-` (every name given holds one).
    private static func hasClass(_ classes: String?, anyOf names: [[UInt8]]) -> Bool {
        guard let classes,
              classes.utf8.withContiguousStorageIfAvailable({ ByteSearch.firstOffset(of: UInt8(ascii: "-"), in: $0, from: 0) != nil })
                ?? classes.utf8.contains(UInt8(ascii: "-")),
              names.contains(where: { ByteSearch.contains($0, inUTF8: classes) }) else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .contains { word in names.contains { word.utf8.elementsEqual($0) } }
    }
}
