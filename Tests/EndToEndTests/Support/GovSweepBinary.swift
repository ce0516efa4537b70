import Foundation

/// Where the package and its debug `govsweep` binary are, derived from this file's path.
enum GovSweepBinary {
    /// The package root: three folders above `Tests/EndToEndTests/Support/`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The debug binary `swift build` (and `swift test`) leaves in `.build/debug`.
    static func path() throws(EndToEndError) -> String {
        let path = packageRoot.appendingPathComponent(".build/debug/govsweep").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw .binaryMissing(path: path) }
        return path
    }

    /// `scripts/accuracy` of this package.
    static var accuracyScript: String { packageRoot.appendingPathComponent("scripts/accuracy").path }
}
