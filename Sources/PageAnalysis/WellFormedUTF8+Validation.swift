extension WellFormedUTF8 {
    /// Whether all of `bytes` is well-formed UTF-8: exactly when `String(decoding:as:)` keeps the
    /// bytes as they are. ASCII is skipped eight bytes at a time; other scalars are decoded by
    /// ``scalar(in:at:)``.
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while let nonASCII = ByteSearch.firstNonASCII(in: bytes, from: index) {
            index = nonASCII
            repeat {
                guard let (_, length) = scalar(in: bytes, at: index) else { return false }
                index += length
            } while index < bytes.count && bytes[index] >= 0x80
        }
        return true
    }

    /// `bytes` as `String(decoding:as:)` reads them: the same bytes when well-formed, else the
    /// UTF-8 of the repaired string.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { isWellFormed($0) } ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
