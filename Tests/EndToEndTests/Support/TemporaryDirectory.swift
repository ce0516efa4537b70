import Foundation

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory: Sendable {
    let path: String

    init(prefix: String) throws {
        let name = "govsweep-e2e-\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Writes `text` to `name` with permissions 0600 and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let path = file(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw EndToEndError.failed(what: "cannot write \(path)", log: "")
        }
        return path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
