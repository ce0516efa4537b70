#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walker's tests read on bytes: an `href` resolved from the attribute's bytes, digits, the 找错 icon's name.
extension PageWalker {
    /// Where a link's `href` leads, its host when that is known without reading the URL again, and
    /// whether that host is the base URL's (``resolverHost``). The references most links hold are
    /// read on the attribute's bytes: a plain root-relative or relative one (`/col/a.html`,
    /// `202401/t1.html`) resolves with no string made for it, an absolute URL that resolving leaves
    /// as it is (`http://www.site.gov.cn/col/a.html`) is its own URL, its host read in place, and
    /// so is a scheme-relative one (`//www.site.gov.cn/a.html`) with the base URL's scheme before it.
    func resolveHref(_ attributes: HTMLSnapshot.Attributes) -> (url: String, host: String?, keepsHost: Bool)? {
        let span = attributes.spans.href
        guard span.isPresent, let resolver else { return nil }
        let start = Int(span.start), end = Int(span.start + span.count)
        // Most links: a plain relative or root-relative reference (the common case returns at once).
        if let plain = attributes.bytes.withUnsafeBufferPointer({ buffer -> String? in
            let href = UnsafeBufferPointer(rebasing: buffer[start..<end])
            return resolver.resolvePlainRootRelative(utf8: href) ?? resolver.resolvePlainRelative(utf8: href)
        }) {
            return (plain, resolverHost, true)
        }
        var noLink = false
        if let absolute = attributes.bytes.withUnsafeBufferPointer({ buffer -> (url: String, host: String?, keepsHost: Bool)? in
            let href = UnsafeBufferPointer(rebasing: buffer[start..<end])
            let url: String, hostRange: Range<Int>
            if let absoluteHost = URLResolver.normalisedAbsoluteHost(href) {
                (url, hostRange) = (String(decoding: href, as: UTF8.self), absoluteHost)
            } else if let schemeRelative = resolver.resolveSchemeRelative(utf8: href) ?? resolver.resolveWithoutPath(utf8: href) {
                (url, hostRange) = schemeRelative
            } else {
                noLink = URLResolver.startsWithOtherScheme(href)
                return nil
            }
            let host = UnsafeBufferPointer(rebasing: href[hostRange])
            let keepsHost = resolverHostUTF8.withUnsafeBufferPointer { $0.elementsEqual(host) }
            return (url, keepsHost ? resolverHost : String(decoding: host, as: UTF8.self), keepsHost)
        }) {
            return absolute
        }
        if noLink { return nil }
        guard let href = attributes.href, let (url, keepsHost) = resolver.resolveGenerally(href) else { return nil }
        return (url, keepsHost ? resolverHost : nil, keepsHost)
    }

    /// `resolver?.resolve(value)` of an attribute's value given by its span (an image's `src`),
    /// nil when the attribute is absent; the shortcuts of ``URLResolver/resolveNotingHost(_:)``
    /// tried on the bytes: an absolute URL resolving leaves as it is is the value itself, the
    /// value's string made only then and for general resolving.
    func resolve(at span: HTMLSnapshot.ValueSpan, in attributes: HTMLSnapshot.Attributes) -> String? {
        guard span.isPresent, let resolver else { return nil }
        let start = Int(span.start), end = Int(span.start + span.count)
        enum Shortcut { case url(String), itself, noLink, none }
        let shortcut = attributes.bytes.withUnsafeBufferPointer { buffer -> Shortcut in
            let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
            if let plain = resolver.resolvePlainRootRelative(utf8: bytes) ?? resolver.resolvePlainRelative(utf8: bytes) {
                return .url(plain)
            }
            if URLResolver.isNormalisedAbsolute(bytes) { return .itself }
            if let schemeRelative = resolver.resolveSchemeRelative(utf8: bytes) ?? resolver.resolveWithoutPath(utf8: bytes) {
                return .url(schemeRelative.url)
            }
            return URLResolver.startsWithOtherScheme(bytes) ? .noLink : .none
        }
        switch shortcut {
        case .url(let url): return url
        case .itself: return attributes.value(span)
        case .noLink: return nil
        case .none: return attributes.value(span).flatMap { resolver.resolveGenerally($0)?.url }
        }
    }

    /// Whether `bytes` hold `jiucuo` (exactly): `memchr` finds each `j`, rare in URLs.
    static func containsJiucuo(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return false }
        var start = 0
        while start <= bytes.count - 6, let found = memchr(base + start, Int32(UInt8(ascii: "j")), bytes.count - 5 - start) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + at, jiucuo, 6) == 0 { return true }
            start = at + 1
        }
        return false
    }

    private static let jiucuo = Array("jiucuo".utf8)

    /// Whether `bytes` hold `jiucuo` in any mix of ASCII cases.
    static func containsJiucuoIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = Array("jiucuo".utf8)
        guard bytes.count >= word.count else { return false }
        for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == word[0] {
            var offset = 1
            while offset < word.count, bytes[start + offset] | 0x20 == word[offset] { offset += 1 }
            if offset == word.count { return true }
        }
        return false
    }

    /// True when `utf8` holds a digit, ASCII or full-width (EF BC 90…99): a date with a year has four.
    static func hasDigit(_ utf8: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte &- 0x30 < 10 || (previous == 0xBC && byte &- 0x90 < 10) { return true }
            previous = byte
        }
        return false
    }
}
