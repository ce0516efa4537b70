/// Makes text that came from a peer or a server safe to write into a log line.
///
/// What a peer sends is quoted, its control characters escaped (a newline can never start a forged
/// log line, a NUL or an escape sequence never reaches the terminal) and it is cut to a bounded
/// length, so a hostile frame of megabytes adds a few hundred bytes of log at most.
public enum PeerText {
    /// The longest quoted text, in characters, before it is cut.
    public static let defaultLimit = 120

    /// `text` in double quotes with `"`, `\` and every control character escaped, cut after `limit`
    /// characters with a note of how much was left out.
    public static func quoted(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
        var out = "\""
        var taken = 0
        var omitted = 0
        for scalar in text.unicodeScalars {
            guard taken < limit else {
                omitted += 1
                continue
            }
            taken += 1
            out += escaped(scalar)
        }
        out += "\""
        if omitted > 0 { out += "…(\(omitted) more characters)" }
        return out
    }

    /// Bytes that may not be UTF-8, quoted like ``quoted(_:limit:)``; invalid sequences show as U+FFFD.
    public static func quoted(bytes: some Collection<UInt8>, limit: Int = defaultLimit) -> String {
        let shown = bytes.prefix(limit * 4)
        let text = String(decoding: Array(shown), as: UTF8.self)
        let rest = bytes.count - shown.count
        return quoted(text, limit: limit) + (rest > 0 ? "…(\(rest) more bytes)" : "")
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            // C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 {
                let hex = String(value, radix: 16, uppercase: true)
                return "\\u{" + hex + "}"
            }
            return String(scalar)
        }
    }
}
