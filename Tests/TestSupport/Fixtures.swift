#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads test fixtures from Tests/Fixtures.
public enum Fixtures {
    /// The bytes of `Tests/Fixtures/<relativePath>`; fails loudly when the file is missing.
    public static func bytes(_ relativePath: String) -> [UInt8] {
        let testsDirectory = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(2)
            .joined(separator: "/"))
        let path = testsDirectory + "/Fixtures/" + relativePath
        guard let file = fopen(path, "rb") else { fatalError("fixture missing: \(path)") }
        defer { fclose(file) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }

    /// A fixture as UTF-8 text.
    public static func text(_ relativePath: String) -> String {
        String(decoding: bytes(relativePath), as: UTF8.self)
    }
}
