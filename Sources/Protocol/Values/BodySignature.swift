import Foundation

/// A compact fingerprint of an article's body text, for finding copied articles across a sweep.
///
/// Facts only: a MinHash signature over the character shingles of the normalised body (letters and
/// digits only, lower case), the body's length counted the same way, and the origin the page states
/// (来源, 转载自). The coordinator's rules compare signatures and decide what is copied.
public struct BodySignature: Codable, Hashable, Sendable {
    /// How many characters a shingle spans.
    public static let shingleLength = 5
    /// How many hash functions the signature uses (its number of values).
    public static let size = 128

    /// The smallest hash of the body's shingles under each of the ``size`` seeded functions.
    public var minHashes: [UInt32]
    /// The normalised body's length in characters.
    public var length: Int
    /// The origin the page states (来源：…, 转载自…), as written; nil when it states none.
    public var source: String?

    public init(minHashes: [UInt32], length: Int, source: String? = nil) {
        self.minHashes = minHashes
        self.length = length
        self.source = source
    }

    /// The share of equal values: the estimated Jaccard similarity of the two bodies' shingle sets.
    /// 0 when the signatures differ in size (made by different families).
    public func similarity(to other: BodySignature) -> Double {
        guard minHashes.count == other.minHashes.count, !minHashes.isEmpty else { return 0 }
        let equal = zip(minHashes, other.minHashes).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(equal) / Double(minHashes.count)
    }

    enum CodingKeys: String, CodingKey {
        case minHashes = "minhash", length, source
    }

    /// The hashes of a `minhash` string; nil when it is not base64 of whole 32-bit values.
    static func minHashes(base64 text: String) -> [UInt32]? {
        guard let data = Data(base64Encoded: text), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map { i in
            UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
        }
    }

    /// The hashes travel as one base64 string of big-endian 32-bit values (a fifth of a JSON array's size).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(minHashes.count * 4)
        for value in minHashes {
            bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
        }
        try c.encode(Data(bytes).base64EncodedString(), forKey: .minHashes)
        try c.encode(length, forKey: .length)
        try c.encodeIfPresent(source, forKey: .source)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .minHashes)
        guard let hashes = Self.minHashes(base64: text) else {
            throw DecodingError.dataCorruptedError(forKey: .minHashes, in: c, debugDescription: "minhash is not base64 of 32-bit values")
        }
        minHashes = hashes
        length = try c.decode(Int.self, forKey: .length)
        source = try c.decodeIfPresent(String.self, forKey: .source)
    }
}
