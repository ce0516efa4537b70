import Foundation
import GovSweepProtocol

/// A random shared token written to a private temporary file, for workers this process starts.
struct TokenFile {
    let path: String
    let token: SharedToken

    static func make() throws -> TokenFile {
        let text = Hex.encode(SharedToken.makeNonce())
        let path = NSTemporaryDirectory() + "govsweep-token-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError("cannot write a token file in \(NSTemporaryDirectory()): check that the directory is writable")
        }
        return TokenFile(path: path, token: try SharedToken(text))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// An error for the command line: its text is what the user reads.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
