extension PageText {
    /// The tags whose content the soft-404 check reads or skips, named as the scan reads them: the
    /// run of letters and digits after `<`, up to 8 characters, without case.
    enum Tag: Equatable {
        case script, style, noscript, title, h1, h2, h3
        /// `<!--`.
        case comment
        case other

        /// The tag starting at `start` (just after `<`) in `bytes`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, nameAt start: Int) {
            var name: [UInt8] = []
            var index = start
            while index < bytes.count, name.count < 8 {
                let byte = bytes[index]
                if byte == UInt8(ascii: "!"), name.isEmpty, index + 2 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: "-")
                {
                    self = .comment
                    return
                }
                if byte >= 0x80 {
                    // A letter outside ASCII continues the name, which then is none of the tags here.
                    if ByteScan.scalar(at: index, in: bytes).scalar.properties.isAlphabetic { name = [] }
                    break
                }
                let lowered = ByteScan.lowered(byte)
                guard lowered &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 else { break }
                name.append(lowered)
                index += 1
            }
            self = Self.byName[name] ?? .other
        }

        /// True for `h1`–`h3`.
        var isHeading: Bool { self == .h1 || self == .h2 || self == .h3 }

        /// `</name`, lower-case.
        var closer: [UInt8] { Self.closers[self] ?? [] }

        private static let byName: [[UInt8]: Tag] = [
            Array("script".utf8): .script, Array("style".utf8): .style, Array("noscript".utf8): .noscript,
            Array("title".utf8): .title, Array("h1".utf8): .h1, Array("h2".utf8): .h2, Array("h3".utf8): .h3,
        ]
        private static let closers: [Tag: [UInt8]] = Dictionary(uniqueKeysWithValues: byName.map { ($0.value, Array("</".utf8) + $0.key) })
    }
}
