#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ScriptWrites {
    /// The offsets of each of ``calls`` in `bytes`, by the call's index, at most `limit` each: what
    /// `ByteSearch.occurrences(of: calls[k], in: bytes, limit: limit)` gives for every `k`.
    ///
    /// Searching call by call anchors five of the seven `memchr` passes on `(` and two on `=`, bytes
    /// a script holds every few characters, and stops at each one. Here one pass stops only at `.`
    /// (every call but `innerHTML` starts with it) and tells the calls apart by the next byte, and one
    /// stops at the `M` of `innerHTML`, a byte scripts seldom hold. None of the calls overlaps
    /// itself, so every match is one of the non-overlapping occurrences.
    static func callSites(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [[Int]] {
        var sites = [[Int]](repeating: [], count: calls.count)
        guard let base = bytes.baseAddress, limit > 0 else { return sites }
        let count = bytes.count
        func add(_ call: Int, _ offset: Int) {
            if sites[call].count < limit { sites[call].append(offset) }
        }
        func has(_ call: Int, at offset: Int) -> Bool {
            let needle = calls[call]
            guard offset >= 0, count - offset >= needle.count else { return false }
            return needle.withUnsafeBufferPointer { memcmp(base + offset, $0.baseAddress!, needle.count) == 0 }
        }
        var from = 0
        while from < count, let found = memchr(base + from, Int32(UInt8(ascii: ".")), count - from) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            from = offset + 1
            guard from < count else { break }
            switch bytes[from] {
            case UInt8(ascii: "w"):
                if has(CallIndex.write, at: offset) { add(CallIndex.write, offset) }
                else if has(CallIndex.writeln, at: offset) { add(CallIndex.writeln, offset) }
            case UInt8(ascii: "a"): if has(CallIndex.append, at: offset) { add(CallIndex.append, offset) }
            case UInt8(ascii: "p"): if has(CallIndex.prepend, at: offset) { add(CallIndex.prepend, offset) }
            case UInt8(ascii: "h"): if has(CallIndex.html, at: offset) { add(CallIndex.html, offset) }
            default: break
            }
        }
        // `innerHTML=` and `innerHTML =`, found by the `M` at offset 7.
        from = 7
        while from < count, let found = memchr(base + from, Int32(UInt8(ascii: "M")), count - from) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) - 7
            from = offset + 8
            if has(CallIndex.innerHTML, at: offset) { add(CallIndex.innerHTML, offset) }
            else if has(CallIndex.spacedInnerHTML, at: offset) { add(CallIndex.spacedInnerHTML, offset) }
        }
        return sites
    }

    /// The index of each call in ``calls``.
    enum CallIndex {
        static let write = 0, writeln = 1, innerHTML = 2, spacedInnerHTML = 3, append = 4, prepend = 5, html = 6
    }

    /// ``callSites(in:limit:)`` of a string's UTF-8, read in place when the string is native.
    static func callSites(inUTF8 script: String, limit: Int) -> [[Int]] {
        script.utf8.withContiguousStorageIfAvailable { callSites(in: $0, limit: limit) }
            ?? Array(script.utf8).withUnsafeBufferPointer { callSites(in: $0, limit: limit) }
    }
}
