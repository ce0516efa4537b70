import GovSweepProtocol

/// Decodes a saved page's bytes the way the worker decodes a fetched one.
///
/// One decoding path: an explicit charset wins; otherwise ``CharsetDetector`` decides from the
/// bytes as it does for a page fetched without a Content-Type charset (a byte order mark, the
/// `<meta>` declaration when the bytes bear it out, else UTF-8 when valid, else GB18030). So a
/// page whose meta says UTF-8 but whose bytes are GBK reads as GB18030 in `govsweep analyze`
/// exactly as it does in a sweep.
public enum CharsetSniffing {
    /// The text of `bytes` and the canonical encoding it was decoded with.
    public static func decode(_ bytes: [UInt8], charset: String? = nil) -> (text: String, encoding: String) {
        if let charset, let known = TextDecoding.canonicalEncoding(for: charset) {
            let body = known == "UTF-8" ? TextDecoding.droppingUTF8BOM(bytes) : bytes[...]
            return (TextDecoding.decode(Array(body), encoding: known), known)
        }
        let (text, detection) = CharsetDetector.decode(bytes, contentType: nil)
        return (text, detection.encoding)
    }

    /// The canonical encoding `bytes` should be decoded with.
    public static func encoding(of bytes: [UInt8], charset: String? = nil) -> String {
        if let charset, let known = TextDecoding.canonicalEncoding(for: charset) { return known }
        return CharsetDetector.detect(bytes, contentType: nil).encoding
    }
}
