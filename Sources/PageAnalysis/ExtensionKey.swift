/// A file extension of at most 5 bytes, ASCII letters lower-cased, packed into one integer so
/// that the link classifier compares extensions without making a `String`.
///
/// Same answers as lower-casing the extension as a `String` and looking it up in
/// ``LinkClassifier``'s sets: those hold ASCII names only, and the one non-ASCII letter Unicode
/// lower-cases to ASCII (the Kelvin sign, to `k`) is in none of them; a key holding any other
/// non-ASCII byte matches none of them either way.
struct ExtensionKey: Hashable {
    let value: UInt64

    /// The key of `name`'s UTF-8 (which must be 1…5 bytes).
    init(_ name: String) {
        var value = UInt64(name.utf8.count) << 56
        for byte in name.utf8 { value = value << 8 | UInt64(Self.lowered(byte)) }
        self.value = value
    }

    /// The extension of the last segment (after the last `/`) of the path in `bytes[start..<end]`:
    /// what follows the segment's last dot, when that dot is not the segment's first byte and
    /// 1…5 bytes follow it; nil otherwise.
    init?(ofPathIn bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var dot = -1
        var index = end - 1
        while index >= start {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") { break }
            if byte == UInt8(ascii: "."), dot < 0 { dot = index }
            index -= 1
        }
        let segmentStart = index + 1
        let length = end - dot - 1
        guard dot >= 0, dot != segmentStart, length >= 1, length <= 5 else { return nil }
        var value = UInt64(length) << 56
        for offset in (dot + 1)..<end { value = value << 8 | UInt64(Self.lowered(bytes[offset])) }
        self.value = value
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }

    static let attachments = LinkClassifier.attachmentExtensions.map(ExtensionKey.init)
    static let images = LinkClassifier.imageExtensions.map(ExtensionKey.init)
    static let staticPages = LinkClassifier.staticPageExtensions.map(ExtensionKey.init)
}
