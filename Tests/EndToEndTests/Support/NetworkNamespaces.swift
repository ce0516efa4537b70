import Foundation

/// What every namespace topology of the end-to-end tests shares: running `ip`, and the life
/// cycle of a set of namespaces whose names carry one random suffix. A topology names its
/// namespaces and builds its links; this type makes sure they are removed afterwards, also when
/// building or the test body fails.
enum NetworkNamespaces {
    /// A fresh six-character suffix for one run's namespace names.
    static func newSuffix() -> String { String(UUID().uuidString.prefix(6)).lowercased() }

    /// Runs `build`, then `body`, and deletes `namespaces` afterwards, also on failure.
    static func with<T>(
        _ namespaces: [String], suffix: String, build: () throws -> Void, body: () async throws -> T
    ) async throws -> T {
        do {
            try build()
            let result = try await body()
            try remove(namespaces, suffix: suffix)
            return result
        } catch {
            try? remove(namespaces, suffix: suffix)
            throw error
        }
    }

    /// Adds each namespace and brings its loopback up.
    static func add(_ namespaces: [String]) throws {
        for namespace in namespaces {
            try ip("netns", "add", namespace)
            try ip("-n", namespace, "link", "set", "lo", "up")
        }
    }

    /// Deletes the namespaces (their veth ends and bridges go with them); fails when one is left.
    static func remove(_ namespaces: [String], suffix: String) throws {
        for namespace in namespaces { _ = try? ip("netns", "delete", namespace) }
        let left = try ip("netns", "list").split(separator: "\n").filter { $0.contains(suffix) }
        guard left.isEmpty else { throw EndToEndError.namespaces("could not delete \(left); delete them with `ip netns delete NAME`") }
    }

    /// The `ip` binary of iproute2.
    static var ipPath: String? {
        ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `ip ARGUMENTS`; throws with its error output when it fails.
    @discardableResult
    static func ip(_ arguments: String...) throws -> String {
        guard let ipPath else { throw EndToEndError.namespaces("iproute2's `ip` is not installed (apt-get install iproute2)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ipPath)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw EndToEndError.namespaces(
                "`ip \(arguments.joined(separator: " "))` failed (\(process.terminationStatus)): \(reason). "
                    + "The namespace tests need root (CAP_SYS_ADMIN and CAP_NET_ADMIN) to create network namespaces.")
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}
