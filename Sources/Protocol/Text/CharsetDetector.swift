/// Finds the character encoding of a fetched page and decodes it to a Swift string.
///
/// Order: a byte order mark; then the declared labels — the Content-Type header's `charset` and
/// the `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 4 KB; then sniffing
/// (valid UTF-8 means UTF-8, anything else GB18030). GB2312 and GBK decode as GB18030.
///
/// When the labels disagree, or the only label is wrong, the bytes decide: a UTF-8 label is
/// believed only when the bytes are valid UTF-8, otherwise the other label (or GB18030) is used.
/// Between two non-UTF-8 labels the header wins unless its decoding needs more replacement
/// characters than the meta's. So a GBK page served with `charset=utf-8` but
/// `<meta charset=gbk>` decodes as GB18030, and a UTF-8 page served with `charset=gbk` but
/// `<meta charset=utf-8>` decodes as UTF-8. `govsweep analyze` decodes saved pages through the
/// same detector, so it sees what the worker sees.
///
/// A Western single-byte header label (ISO-8859-1, windows-1252, US-ASCII) is the default many
/// servlet containers send whatever the page holds, and it decodes any bytes without an error, so
/// it is weak evidence: a `<meta>` naming another encoding wins over it, and without a `<meta>`
/// the bytes are sniffed. A GBK JSP page served as `text/html;charset=ISO-8859-1` with
/// `<meta charset=gb2312>` therefore decodes as GB18030.
public enum CharsetDetector {
    /// Where the encoding came from.
    public enum Source: String, Sendable, Hashable {
        case byteOrderMark = "bom"
        case header
        case meta
        case sniffed
    }

    /// The outcome: a canonical encoding name (`UTF-8`, `GB18030`, ...) and why.
    public struct Detection: Sendable, Hashable {
        /// Canonical encoding name, as ``TextDecoding`` takes it.
        public var encoding: String
        /// Where it was found.
        public var source: Source

        /// A detection result.
        public init(encoding: String, source: Source) {
            self.encoding = encoding
            self.source = source
        }
    }

    /// How far into the page a `<meta>` declaration is looked for.
    public static let metaScanLimit = 4096

    /// The encoding of `bytes` served with Content-Type `contentType`.
    public static func detect(_ bytes: [UInt8], contentType: String?) -> Detection {
        detect(bytes, contentType: contentType, isUTF8: String(validating: bytes, as: UTF8.self) != nil)
    }

    private static func detect(_ bytes: [UInt8], contentType: String?, isUTF8: @autoclosure () -> Bool) -> Detection {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Detection(encoding: "UTF-8", source: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Detection(encoding: "UTF-16LE", source: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Detection(encoding: "UTF-16BE", source: .byteOrderMark) }

        var header = contentType.flatMap(charsetParameter(in:)).flatMap(TextDecoding.canonicalEncoding(for:))
        if header == westernDefault { header = nil }
        let meta = MetaCharsetScanner.declaredCharset(in: bytes.prefix(metaScanLimit))
            .flatMap(TextDecoding.canonicalEncoding(for:))
        let isUTF8 = isUTF8()

        switch (header, meta) {
        case let (header?, meta?) where header == meta:
            return believe(header, source: .header, bytes: bytes, isUTF8: isUTF8)
        case let (header?, meta?):
            if header == "UTF-8" { return isUTF8 ? Detection(encoding: header, source: .header) : Detection(encoding: meta, source: .meta) }
            if meta == "UTF-8" { return isUTF8 ? Detection(encoding: meta, source: .meta) : Detection(encoding: header, source: .header) }
            let headerErrors = replacementCount(bytes, header)
            let metaErrors = replacementCount(bytes, meta)
            return metaErrors < headerErrors ? Detection(encoding: meta, source: .meta) : Detection(encoding: header, source: .header)
        case let (header?, nil):
            return believe(header, source: .header, bytes: bytes, isUTF8: isUTF8)
        case let (nil, meta?):
            return believe(meta, source: .meta, bytes: bytes, isUTF8: isUTF8)
        case (nil, nil):
            return Detection(encoding: isUTF8 ? "UTF-8" : "GB18030", source: .sniffed)
        }
    }

    /// Decodes `bytes` with the detected encoding (invalid sequences become U+FFFD).
    public static func decode(_ bytes: [UInt8], contentType: String?) -> (text: String, detection: Detection) {
        // Most pages are UTF-8: validate once, and the validated string is the decoded text.
        let utf8 = String(validating: bytes, as: UTF8.self)
        let detection = detect(bytes, contentType: contentType, isUTF8: utf8 != nil)
        if detection.encoding == "UTF-8", detection.source != .byteOrderMark, let utf8 { return (utf8, detection) }
        let body = detection.source == .byteOrderMark && detection.encoding == "UTF-8" ? Array(bytes.dropFirst(3)) : bytes
        return (TextDecoding.decode(body, encoding: detection.encoding), detection)
    }

    /// The canonical name of the Western labels servers send by default.
    private static let westernDefault = "WINDOWS-1252"

    /// A single label: trusted, except a UTF-8 label on bytes that are not UTF-8 (then GB18030), and
    /// a GBK label on bytes that are valid UTF-8 beyond ASCII (a page re-saved as UTF-8 without
    /// updating its meta; GBK text is practically never valid UTF-8), then UTF-8.
    private static func believe(_ label: String, source: Source, bytes: [UInt8], isUTF8: Bool) -> Detection {
        if label == "UTF-8", !isUTF8 { return Detection(encoding: "GB18030", source: .sniffed) }
        if label == "GB18030", isUTF8, bytes.contains(where: { $0 >= 0x80 }) { return Detection(encoding: "UTF-8", source: .sniffed) }
        return Detection(encoding: label, source: source)
    }

    private static func replacementCount(_ bytes: [UInt8], _ encoding: String) -> Int {
        TextDecoding.decode(bytes, encoding: encoding).unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    }

    /// The `charset` parameter of a Content-Type value.
    static func charsetParameter(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, trimmed(pair[0], " \t").lowercased() == "charset" else { continue }
            let value = trimmed(pair[1], " \t\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// `text` without leading and trailing characters from `set`.
    private static func trimmed(_ text: Substring, _ set: String) -> String {
        var slice = text
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
