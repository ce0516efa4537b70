#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes text as GB18030 (identical to GBK for every character GBK has) with iconv, the
/// counterpart of `TextDecoding.decode(_:encoding:)` for serving GBK pages.
enum GB18030Encoder {
    /// The GB18030 bytes of `text`; a character iconv cannot encode becomes `?`.
    static func encode(_ text: String) -> [UInt8] {
        let descriptor = iconv_open("GB18030", "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return Array(text.utf8) }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = UnsafeMutableRawPointer(source.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                let (result, produced, failure) = chunk.withUnsafeMutableBufferPointer { out -> (Int, Int, Int32) in
                    var outPointer = UnsafeMutableRawPointer(out.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let r = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (r, out.count - outLeft, r == -1 ? errno : 0)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result != -1 { break }
                if failure == E2BIG { continue }
                // Skip one whole UTF-8 sequence that cannot be encoded.
                output.append(UInt8(ascii: "?"))
                repeat {
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                } while inLeft > 0 && (UInt8(bitPattern: inPointer!.pointee) & 0xC0) == 0x80
            }
        }
        return output
    }
}
