/// ``URLResolver`` shortcuts for the references general resolving spends most on: `../` steps up
/// the base directory and scheme-relative URLs (`//www.site.gov.cn/a.html`).
extension URLResolver {
    /// A relative reference made of `../` steps and a plain rest (`../../zmhd/`, `../../`), as
    /// ``resolvePlainRelative(utf8:)`` reads a plain one: each step drops the base directory's
    /// last segment (none left: the root), and the rest follows. Dot-segment removal of the base
    /// directory and the reference does exactly that when the directory has no dot segment and is
    /// ASCII (then its segments are the same read on bytes or on characters) and the rest is
    /// printable ASCII with no dot segment, scheme, fragment or byte to escape. Nil otherwise.
    func resolvePlainParentRelative(utf8 reference: UnsafeBufferPointer<UInt8>) -> String? {
        guard let relativeBase else { return nil }
        var steps = 0, restStart = 0
        while restStart + 3 <= reference.count, reference[restStart] == UInt8(ascii: "."),
              reference[restStart + 1] == UInt8(ascii: "."), reference[restStart + 2] == UInt8(ascii: "/") {
            steps += 1
            restStart += 3
        }
        guard steps > 0 else { return nil }
        let rest = UnsafeBufferPointer(rebasing: reference[restStart...])
        if let first = rest.first {
            guard first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "."),
                  !rest.contains(UInt8(ascii: ":")), Self.isPlainPath(rest)
            else { return nil }
        }
        guard pathIsASCII else { return nil }
        var base = relativeBase
        return base.withUTF8 { base -> String? in
            // The directory starts at the first `/` after `://` (an authority holds none).
            var directoryStart = 0
            var slashes = 0
            while directoryStart < base.count {
                if base[directoryStart] == UInt8(ascii: "/") {
                    slashes += 1
                    if slashes == 3 { break }
                }
                directoryStart += 1
            }
            guard slashes == 3 else { return nil }
            // The directory `/s1/…/sk/` has k + 1 slashes; k − min(steps, k) segments stay.
            var directorySlashes = 0
            for index in directoryStart..<base.count where base[index] == UInt8(ascii: "/") { directorySlashes += 1 }
            let kept = directorySlashes - 1 - min(steps, directorySlashes - 1)
            var end = directoryStart, seen = 0
            while end < base.count {
                if base[end] == UInt8(ascii: "/") {
                    if seen == kept { break }
                    seen += 1
                }
                end += 1
            }
            return Self.joined(bytes: UnsafeBufferPointer(rebasing: base[..<(end + 1)]), rest)
        }
    }

    /// A scheme-relative reference (`//www.site.gov.cn/a.html`) that resolving leaves as it is
    /// but for the base URL's scheme put before it: what ``normalisedAbsoluteHost(_:)`` accepts
    /// once `scheme:` is prefixed. The URL and where its host sits in `reference`; nil otherwise.
    func resolveSchemeRelative(utf8 reference: UnsafeBufferPointer<UInt8>) -> (url: String, host: Range<Int>)? {
        guard reference.count > 2, reference[0] == UInt8(ascii: "/"), reference[1] == UInt8(ascii: "/"),
              let host = Self.normalisedHost(reference, authorityStart: 2, https: scheme == "https")
        else { return nil }
        return (Self.joined(scheme + ":", reference), host)
    }

    /// An http(s) URL or a scheme-relative one with an authority and no path
    /// (`https://beian.miit.gov.cn`, `//www.site.gov.cn`): resolving gives its empty path as `/`,
    /// so when the reference with a `/` after it is one resolving leaves as it is (or only puts
    /// the scheme before), that is the URL. The URL and where its host sits; nil otherwise.
    func resolveWithoutPath(utf8 reference: UnsafeBufferPointer<UInt8>) -> (url: String, host: Range<Int>)? {
        guard let slashes = reference.firstIndex(of: UInt8(ascii: "/")), slashes + 1 < reference.count,
              reference[slashes + 1] == UInt8(ascii: "/"), !reference[(slashes + 2)...].contains(UInt8(ascii: "/"))
        else { return nil }
        let withSlash = Array(reference) + [UInt8(ascii: "/")]
        return withSlash.withUnsafeBufferPointer { bytes in
            if let host = Self.normalisedAbsoluteHost(bytes) { return (String(decoding: bytes, as: UTF8.self), host) }
            return resolveSchemeRelative(utf8: bytes)
        }
    }
}
