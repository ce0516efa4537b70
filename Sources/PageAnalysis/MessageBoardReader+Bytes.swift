/// The reader's look at text nodes as bytes of ``HTMLSnapshot/textBytes``: a text becomes a
/// `String` only when the reader keeps it (a label's value, a reply, a status word), not to be
/// tested and rejected (most texts of a page are no label).
extension MessageBoardReader {
    /// A non-blank text node outside scripts and styles, as the bytes of its text without the
    /// spaces at either end.
    struct Segment {
        var node: Int
        var bytes: Range<Int>
    }

    /// The non-blank text nodes in `start..<end`, outside scripts and styles.
    func segments(from start: Int, to end: Int) -> [Segment] {
        var segments: [Segment] = []
        snapshot.textBytes.withUnsafeBufferPointer { text in
            var index = start
            while index < end {
                let node = nodes[index]
                if !node.isText {
                    index = Self.isSkipped(node.tag) ? max(index + 1, Int(node.end)) : index + 1
                    continue
                }
                // Blank exactly when its collapsed text is empty (see ``WellFormedUTF8/trimmingSpaces(_:in:)``).
                let trimmed = WellFormedUTF8.trimmingSpaces(node.textRange, in: text)
                if !trimmed.isEmpty { segments.append(Segment(node: index, bytes: trimmed)) }
                index += 1
            }
        }
        return segments
    }

    /// The collapsed text of `segment`, made from its whole node as the `String` functions expect.
    func text(of segment: Segment) -> String {
        TextTools.collapsed(String(decoding: snapshot.textBytes[nodes[segment.node].textRange], as: UTF8.self))
    }

    /// `body` applied to the bytes of `segment`.
    func withBytes<Result>(of segment: Segment, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        snapshot.textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[segment.bytes])) }
    }

    /// The label heading a segment on a message page: a text that is only a label, or
    /// `label：value` (with the value, collapsed).
    func label(_ segment: Segment) -> (MessageBoardLabels.Field, String)? {
        switch withBytes(of: segment, MessageBoardLabels.field(namedUTF8:)) {
        case .answer(let field?): return (field, "")
        case .answer(nil): break
        case .characterPath:
            if let field = MessageBoardLabels.field(named: text(of: segment)) { return (field, "") }
        }
        return rowLabel(segment)
    }

    /// The label heading a segment of a self-labelled row: `label：value` (with the value, collapsed).
    func rowLabel(_ segment: Segment) -> (MessageBoardLabels.Field, String)? {
        let reading = withBytes(of: segment) { bytes -> MessageBoardLabels.ByteReading<(field: MessageBoardLabels.Field, value: String)?> in
            switch MessageBoardLabels.labelled(utf8: bytes) {
            case .answer(let found?):
                // What follows the colon, collapsed: the same words as after it in the collapsed text.
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[found.valueStart...]), as: UTF8.self)
                return .answer((found.field, TextTools.collapsed(value)))
            case .answer(nil): return .answer(nil)
            case .characterPath: return .characterPath
            }
        }
        switch reading {
        case .answer(let found): return found.map { ($0.field, $0.value) }
        case .characterPath:
            return MessageBoardLabels.labelled(text(of: segment)).map { ($0.field, TextTools.collapsed($0.value)) }
        }
    }

    /// The field a header cell names (``MessageBoardLabels/field(named:)`` of its text).
    func field(ofCell cell: Int) -> MessageBoardLabels.Field? {
        var scan = MessageBoardLabels.NameScan()
        snapshot.textBytes.withUnsafeBufferPointer { text in
            for child in (cell + 1)..<Int(nodes[cell].end) where nodes[child].isText {
                if !scan.read(UnsafeBufferPointer(rebasing: text[nodes[child].textRange])) { break }
            }
        }
        switch scan.reading {
        case .answer(let field): return field
        case .characterPath: return MessageBoardLabels.field(named: text(of: cell))
        }
    }

    /// Whether a cell of `row` names the asked date (a header row's mark).
    func namesAskedDate(row: Int) -> Bool {
        var index = row + 1
        let end = Int(nodes[row].end)
        while index < end {
            let node = nodes[index]
            if node.isText {
                index += 1
                continue
            }
            if field(ofCell: index) == .asked { return true }
            index = max(index + 1, Int(node.end))
        }
        return false
    }

    /// Whether a text node under `index` holds a colon.
    func hasColon(under index: Int) -> Bool {
        snapshot.textBytes.withUnsafeBufferPointer { text in
            for child in (index + 1)..<Int(nodes[index].end) where nodes[child].isText {
                if WellFormedUTF8.containsColon(UnsafeBufferPointer(rebasing: text[nodes[child].textRange])) { return true }
            }
            return false
        }
    }
}
