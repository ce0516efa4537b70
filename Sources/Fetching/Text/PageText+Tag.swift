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
            // The name's bytes packed into one word, the first in the lowest byte: no array per tag.
            var name: UInt64 = 0
            var length = 0
            var index = start
            while index < bytes.count, length < 8 {
                let byte = bytes[index]
                if byte == UInt8(ascii: "!"), length == 0, index + 2 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: "-")
                {
                    self = .comment
                    return
                }
                if byte >= 0x80 {
                    // A letter outside ASCII continues the name, which then is none of the tags here.
                    if ByteScan.scalar(at: index, in: bytes).scalar.properties.isAlphabetic {
                        self = .other
                        return
                    }
                    break
                }
                let lowered = ByteScan.lowered(byte)
                guard lowered &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 else { break }
                name |= UInt64(lowered) << (8 * UInt64(length))
                length += 1
                index += 1
            }
            switch name {
            case 0x7470_6972_6373: self = .script  // "script", its first letter in the lowest byte
            case 0x65_6c79_7473: self = .style
            case 0x7470_6972_6373_6f6e: self = .noscript
            case 0x65_6c74_6974: self = .title
            case 0x3168: self = .h1
            case 0x3268: self = .h2
            case 0x3368: self = .h3
            default: self = .other
            }
        }

        /// True for `h1`–`h3`.
        var isHeading: Bool { self == .h1 || self == .h2 || self == .h3 }

        /// `</name`, lower-case.
        var closer: [UInt8] { Self.closers[self] ?? [] }

        private static let closers: [Tag: [UInt8]] = [
            .script: Array("</script".utf8), .style: Array("</style".utf8), .noscript: Array("</noscript".utf8),
            .title: Array("</title".utf8), .h1: Array("</h1".utf8), .h2: Array("</h2".utf8), .h3: Array("</h3".utf8),
        ]
    }
}
