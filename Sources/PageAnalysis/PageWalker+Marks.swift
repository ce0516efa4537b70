/// What an element's `id` and `class` say, judged once per distinct pair (``ElementMarksMemo``).
extension PageWalker {
    /// What an element's `id` and `class` say (``ElementMarks``); ``elementMarks`` remembers it per pair.
    static func judgeMarks(id: String?, class classes: String?, hiddenIDs: Set<String>, hiddenClasses: Set<String>) -> ElementMarks {
        var marks = ElementMarks()
        // One lower-cased marker read by both judgements.
        if let marker = LinkClassifier.marker(id: id, class: classes) {
            marks.region = LinkClassifier.region(marker: marker)
            marks.aside = LinkClassifier.isAside(marker: marker)
        }
        if !hiddenIDs.isEmpty, let id, hiddenIDs.contains(id.lowercased()) {
            marks.hiddenByName = true
        } else if !hiddenClasses.isEmpty, let names = classes {
            marks.hiddenByName = namesHiddenClass(names, hiddenClasses: hiddenClasses)
        }
        marks.conacSlot = id == "_ideConac" || isConacWidget(class: classes)
        marks.errorReportSlot = isErrorReportSlot(id: id, class: classes)
        return marks
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

    /// Whether a name of the class list `classes` (split at spaces, tabs and line feeds),
    /// lower-cased, is in `hiddenClasses`. Split on bytes when the list is ASCII without a CR (each
    /// byte then a character, and an ASCII name lower-cases byte by byte), otherwise on characters.
    static func namesHiddenClass(_ classes: String, hiddenClasses: Set<String>) -> Bool {
        let ascii = classes.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 13 }) else { return nil }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 32 || bytes[index] == 9 || bytes[index] == 10 {
                if index > start {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    if hiddenClasses.contains(name.lowercased()) { return true }
                }
                start = index + 1
            }
            return false
        } ?? nil
        return ascii ?? classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { hiddenClasses.contains($0.lowercased()) }
    }
}
