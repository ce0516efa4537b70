/// ``TextTools`` on UTF-8 bytes: the walker gathers link and list-item text as bytes and makes a
/// `String` only for what it reports.
extension TextTools {
    /// ``collapsed(_:)`` of the text `utf8` spells.
    static func collapsed(utf8: [UInt8]) -> String {
        if utf8.withUnsafeBufferPointer({ isCollapsed($0) }) { return String(decoding: utf8, as: UTF8.self) }
        return collapsed(String(decoding: utf8, as: UTF8.self))
    }

    /// Appends `text` to `buffer` (with a space between) while `buffer` stays under `limit` bytes.
    static func append(_ text: ArraySlice<UInt8>, to buffer: inout [UInt8], limit: Int) {
        guard buffer.count < limit else { return }
        if !buffer.isEmpty { buffer.append(0x20) }
        buffer.append(contentsOf: text)
    }

    /// True when `utf8` holds a scalar that is not white space (``isSpace(_:)``).
    static func hasNonSpace(_ utf8: ArraySlice<UInt8>) -> Bool {
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !isSpace(scalar) { return true }
            case .emptyInput: return false
            case .error: return true  // decoded as U+FFFD, which is not space
            }
        }
    }
}
