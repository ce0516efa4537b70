/// The few text parts of an HTML page that the soft-404 check reads, found without a full parser.
///
/// Scans the UTF-8 bytes: tag names and delimiters are ASCII, so positions found byte by byte are
/// the positions a scan by characters finds, without decoding the page into scalars.
struct PageText {
    var title = ""
    var headings: [String] = []
    var visibleText = ""
    var visibleLength: Int { visibleText.count }
    /// Set when the scan stopped gathering text: the whole text has more characters than this.
    private(set) var longerThan: Int?

    /// True when the visible text has at most `limit` characters (counting stops past the limit).
    func isShort(limit: Int) -> Bool {
        if let longerThan, limit <= longerThan { return false }
        guard visibleText.utf8.count > limit else { return true }
        guard let end = visibleText.index(visibleText.startIndex, offsetBy: limit, limitedBy: visibleText.endIndex) else {
            return true
        }
        return end == visibleText.endIndex
    }

    /// The parts of `html`. With a `textLimit`, the visible text is gathered only until it surely
    /// has more than `textLimit` characters: `isShort(limit: textLimit)` is then false, as for the
    /// whole text, and `visibleText` holds only its start (the soft-404 check reads the text of
    /// short pages only). The title and headings are found either way.
    init(html: String, textLimit: Int? = nil) {
        var text: [UInt8] = []
        /// Text bytes at which to count the characters gathered so far again.
        var nextCount = textLimit.map { $0 + 1 } ?? Int.max
        /// Characters surely among the text's bytes up to `counted` (see `surelyCharacters`).
        var sure = 0
        var counted = 0
        var textCut = false
        ByteScan.withBytes(of: html) { bytes in
            text.reserveCapacity(textLimit == nil ? bytes.count / 2 : min(bytes.count, 4 << 10))
            var index = 0
            var lastWasSpace = true
            while index < bytes.count {
                if !textCut, text.count >= nextCount, let textLimit {
                    sure += Self.surelyCharacters(text[counted...])
                    counted = text.count
                    if sure > textLimit {
                        textCut = true
                        longerThan = textLimit
                    } else {
                        nextCount = text.count + (textLimit - sure) + 1
                    }
                }
                // Nothing more can change: the title is read and no later heading is kept.
                if textCut, !title.isEmpty, headings.count >= 6 { break }
                guard bytes[index] == UInt8(ascii: "<") else {
                    // Text up to the next tag: runs of visible characters are copied whole, each
                    // run of white space becomes one space.
                    let runEnd = ByteScan.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index) ?? bytes.count
                    if textCut {
                        index = runEnd
                        continue
                    }
                    var copyFrom = index
                    while index < runEnd {
                        let (length, isSpace) = Self.character(at: index, in: bytes)
                        if isSpace {
                            if copyFrom < index { text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<index])) }
                            if !lastWasSpace { text.append(0x20) }
                            copyFrom = index + length
                        }
                        lastWasSpace = isSpace
                        index += length
                        // Time to count again: the rest of the run is read on the next turn.
                        if isSpace, text.count >= nextCount { break }
                    }
                    if copyFrom < index { text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<index])) }
                    continue
                }
                let tagEnd = ByteScan.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index) ?? bytes.count - 1
                let tag = Tag(bytes, nameAt: index + 1)
                switch tag {
                case .comment:
                    index = (ByteScan.firstIndex(of: Self.commentEnd, in: bytes, from: index) ?? bytes.count) + 3
                case .other:
                    index = tagEnd + 1
                default:
                    let close = ByteScan.firstIndex(of: tag.closer, in: bytes, from: tagEnd, ignoringCase: true) ?? bytes.count
                    // Scripts, styles and later titles are skipped unread.
                    if tag.isHeading || (tag == .title && title.isEmpty) {
                        let inner = Self.strippingTags(bytes[min(tagEnd + 1, close)..<close])
                        if tag == .title { title = String(decoding: inner, as: UTF8.self) }
                        if tag.isHeading {
                            if headings.count < 6 { headings.append(String(decoding: inner, as: UTF8.self)) }
                            if !textCut {
                                text.append(0x20)
                                text.append(contentsOf: inner)
                                text.append(0x20)
                            }
                        }
                    }
                    index = (close < bytes.count ? bytes[close...].firstIndex(of: UInt8(ascii: ">")) : nil).map { $0 + 1 } ?? bytes.count
                }
                if !lastWasSpace, !textCut { text.append(0x20) }
                lastWasSpace = true
            }
        }
        let start = text.firstIndex { $0 != 0x20 } ?? text.count
        let end = (text.lastIndex { $0 != 0x20 } ?? -1) + 1
        visibleText = String(decoding: text[start..<max(start, end)], as: UTF8.self)
    }

    /// A lower bound of the characters in `bytes` (whole UTF-8 sequences) counted byte by byte,
    /// without grapheme breaking: each printable ASCII byte other than a space, and each CJK
    /// ideograph (U+4E00–U+9FFF), starts a character no neighbour joins (a combining mark after
    /// one joins it and makes no second character; two of them never form one).
    private static func surelyCharacters(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x7F {
                count += 1
            } else if byte >= 0xE5 && byte <= 0xE9 {
                count += 1
            } else if byte == 0xE4, index + 1 < bytes.endIndex, bytes[index + 1] >= 0xB8 {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// The length in bytes of the character at `index`, and whether it is white space (Unicode's
    /// White_Space; outside ASCII only U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000 are).
    @inline(__always)
    private static func character(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isSpace: Bool) {
        let byte = bytes[index]
        if byte < 0x80 { return (1, byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) }
        if byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) {
            let (scalar, length) = ByteScan.scalar(at: index, in: bytes)
            return (length, scalar.properties.isWhitespace)
        }
        return (byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4, false)
    }

    /// The text of `bytes` outside `<…>`, trimmed of spaces, tabs, CR LF, U+3000 and U+00A0.
    private static func strippingTags(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        var inTag = false
        for byte in bytes {
            if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false } else if !inTag { out.append(byte) }
        }
        var start = 0
        var end = out.count
        while start < end, let length = trimmable(out[start..<end], atStart: true) { start += length }
        while start < end, let length = trimmable(out[start..<end], atStart: false) { end -= length }
        return out[start..<end]
    }

    /// The length of the trimmable character at the start (or end) of `bytes`, if there is one.
    private static func trimmable(_ bytes: ArraySlice<UInt8>, atStart: Bool) -> Int? {
        for candidate in trimmed where bytes.count >= candidate.count {
            let matches = atStart ? bytes.starts(with: candidate) : bytes.suffix(candidate.count).elementsEqual(candidate)
            if matches { return candidate.count }
        }
        return nil
    }

    private static let trimmed: [[UInt8]] = [[0x20], [0x09], [0x0D, 0x0A], [0xE3, 0x80, 0x80], [0xC2, 0xA0]]
    private static let commentEnd = Array("-->".utf8)
}
