import Foundation
import GovSweepProtocol

/// Reads operator files and decodes them in the encoding they were saved in.
enum InventoryText {
    /// The text of a file and the encoding it was read in.
    struct Decoded: Hashable, Sendable {
        var text: String
        var encoding: String
    }

    /// The bytes of the file at `path`.
    static func bytes(atPath path: String) throws(InventoryError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or read error")
        }
        return Array(data)
    }

    /// Decodes `bytes`, detecting the encoding: a UTF-16 byte order mark, else UTF-8 with or without
    /// BOM when the bytes are valid UTF-8, else GB18030 (the superset of GBK and GB2312 that Excel on
    /// a Chinese-language Windows saves).
    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: TextDecoding.decode(Array(bytes.dropFirst(2)), encoding: "UTF-16LE"), encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: TextDecoding.decode(Array(bytes.dropFirst(2)), encoding: "UTF-16BE"), encoding: "UTF-16BE")
        }
        let body = TextDecoding.droppingUTF8BOM(bytes)
        let hasBOM = body.count != bytes.count
        if TextDecoding.isValidUTF8(body) {
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: hasBOM ? "UTF-8 with BOM" : "UTF-8")
        }
        return Decoded(text: TextDecoding.decode(bytes, encoding: "GB18030"), encoding: "GB18030")
    }
}
