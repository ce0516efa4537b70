#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes in the encodings Chinese government sites and spreadsheets use into Swift strings.
///
/// GB2312 and GBK are decoded as GB18030 (their superset). Invalid sequences become U+FFFD and
/// decoding carries on: a bad byte never makes a whole page or file unreadable.
public enum TextDecoding {
    /// The canonical encoding GovSweep decodes `label` with, or nil when it does not know it.
    /// Labels are the ones found in Content-Type headers and `<meta charset>`.
    public static func canonicalEncoding(for label: String) -> String? {
        let name = label.trimmingQuotesAndSpaces().lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return "UTF-8"
        case "gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "gb_2312", "csgb2312", "chinese", "cp936",
            "ms936", "windows-936", "euc-cn", "x-euc-cn", "iso-ir-58", "csiso58gb231280", "hz-gb-2312":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return "BIG5-HKSCS"
        case "iso-8859-1", "latin1", "iso8859-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252":
            return "WINDOWS-1252"
        case "utf-16le", "utf-16": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return nil
        }
    }

    /// Decodes `bytes` from `encoding` (a canonical name from ``canonicalEncoding(for:)`` or any iconv name).
    public static func decode(_ bytes: [UInt8], encoding: String) -> String {
        if encoding == "UTF-8" { return String(decoding: bytes, as: UTF8.self) }
        guard let utf8 = convertToUTF8(bytes, from: encoding) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// True when `bytes` are well-formed UTF-8.
    public static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Strips a UTF-8 byte order mark.
    public static func droppingUTF8BOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// iconv conversion that replaces each undecodable byte with U+FFFD and goes on; nil when
    /// iconv does not know `encoding`. The descriptor comes from `pool` (the process's by default).
    static func convertToUTF8(_ input: [UInt8], from encoding: String, pool: IconvPool = .shared) -> [UInt8]? {
        pool.withDescriptor(from: encoding) { convert(input, with: $0) }
    }

    private static func convert(_ input: [UInt8], with descriptor: iconv_t) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(input.count * 3 / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var source = input
        source.withUnsafeMutableBufferPointer { sourceBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBuffer.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var inLeft = sourceBuffer.count
            while inLeft > 0 {
                let (result, produced, failure) = chunk.withUnsafeMutableBufferPointer { out -> (Int, Int, Int32) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let r = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (r, out.count - outLeft, r == -1 ? errno : 0)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result != -1 { break }
                switch failure {
                case E2BIG:
                    continue
                case EILSEQ:
                    output.append(contentsOf: replacement)
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                default:  // EINVAL: an incomplete sequence at the end.
                    output.append(contentsOf: replacement)
                    inLeft = 0
                }
            }
        }
        // Flush any shift state.
        chunk.withUnsafeMutableBufferPointer { out in
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var outLeft = out.count
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            output.append(contentsOf: out[0..<(out.count - outLeft)])
        }
        return output
    }
}

extension String {
    fileprivate func trimmingQuotesAndSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, Self.labelJunk.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, Self.labelJunk.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// What surrounds a charset label in headers and tags (a constant: a set built per call cost
    /// an allocation per page).
    private static let labelJunk: Set<Character> = [" ", "\t", "\"", "'", "\r", "\n"]
}
