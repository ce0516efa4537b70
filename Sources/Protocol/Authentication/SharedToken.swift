import Crypto
import Foundation

/// The secret coordinator and workers share. It never crosses the wire: peers prove they hold it
/// by signing a fresh nonce with HMAC-SHA256.
public struct SharedToken: Sendable {
    /// Tokens shorter than this are refused: they could be guessed.
    public static let minimumLength = 16

    private let secret: [UInt8]

    private var key: SymmetricKey { SymmetricKey(data: secret) }

    /// Uses `text` (surrounding white space removed) as the token.
    public init(_ text: String) throws(TokenError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.utf8.count >= SharedToken.minimumLength else {
            throw .tooShort(length: trimmed.utf8.count, minimum: SharedToken.minimumLength)
        }
        secret = Array(trimmed.utf8)
    }

    /// Reads the token from a file (its first line; a trailing newline is fine).
    public init(contentsOfFile path: String) throws(TokenError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
        do {
            try self.init(text)
        } catch .tooShort(let length, let minimum) {
            throw .tooShortInFile(path: path, length: length, minimum: minimum)
        }
    }

    /// A fresh random nonce (32 bytes).
    public static func makeNonce() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// HMAC-SHA256 of `nonce` under the token.
    public func proof(for nonce: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: nonce, using: key))
    }

    /// Checks a proof in constant time.
    public func verify(proof: [UInt8], for nonce: [UInt8]) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(proof, authenticating: nonce, using: key)
    }
}

/// Why a token could not be used.
public enum TokenError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooShort(length: Int, minimum: Int)
    case tooShortInFile(path: String, length: Int, minimum: Int)
    case unreadable(path: String)
    case notText(path: String)

    public var description: String {
        switch self {
        case .tooShort(let length, let minimum):
            "the shared token has \(length) bytes; use at least \(minimum) (e.g. `openssl rand -hex 32 > token`)"
        case .tooShortInFile(let path, let length, let minimum):
            "the token in \(path) has \(length) bytes; use at least \(minimum) (e.g. `openssl rand -hex 32 > \(path)`)"
        case .unreadable(let path):
            "cannot read the token file \(path): check the path and its permissions"
        case .notText(let path):
            "the token file \(path) is not UTF-8 text"
        }
    }
}
