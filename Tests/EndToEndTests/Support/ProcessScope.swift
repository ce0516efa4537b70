import Foundation
import Synchronization

/// The processes and files of one test: every process started here is killed, and the directory
/// removed, when the scope ends, also when the test fails or times out.
final class ProcessScope: Sendable {
    let directory: TemporaryDirectory
    let binary: String
    private let children = Mutex<[ChildProcess]>([])
    private let names = Mutex<[String: Int]>([:])

    private init(directory: TemporaryDirectory, binary: String) {
        self.directory = directory
        self.binary = binary
    }

    /// Set `GOVSWEEP_E2E_KEEP=1` to keep every test's directory (logs, databases, exports).
    static let keepDirectories = ProcessInfo.processInfo.environment["GOVSWEEP_E2E_KEEP"] == "1"

    /// Runs `body` with a fresh scope; afterwards kills what still runs and removes the directory
    /// (kept, and its path printed, when `body` threw or `GOVSWEEP_E2E_KEEP=1`).
    static func run<T>(_ label: String, _ body: (ProcessScope) async throws -> T) async throws -> T {
        let scope = ProcessScope(directory: try TemporaryDirectory(prefix: label), binary: try GovSweepBinary.path())
        do {
            let result = try await body(scope)
            await scope.stopAll()
            if keepDirectories {
                print("end-to-end files kept in \(scope.directory.path)")
            } else {
                scope.directory.remove()
            }
            return result
        } catch {
            await scope.stopAll()
            print("end-to-end logs kept in \(scope.directory.path)")
            throw error
        }
    }

    /// Starts `govsweep ARGUMENTS`, optionally inside a network namespace (`ip netns exec`).
    func start(_ name: String, _ arguments: [String], namespace: String? = nil) throws -> ChildProcess {
        if let namespace {
            guard let ip = NetworkNamespaces.ipPath else { throw EndToEndError.namespaces("iproute2's `ip` is not installed") }
            // `ip netns exec` execs the program: the process id is govsweep's, so signals reach it.
            return try startExecutable(name, ip, ["netns", "exec", namespace, binary] + arguments)
        }
        return try startExecutable(name, binary, arguments)
    }

    /// Starts any executable; its logs are named after `name` (made unique).
    func startExecutable(_ name: String, _ executable: String, _ arguments: [String]) throws -> ChildProcess {
        let unique = names.withLock { names in
            let count = names[name, default: 0]
            names[name] = count + 1
            return count == 0 ? name : "\(name)-\(count + 1)"
        }
        let child = try ChildProcess.launch(name: unique, executable: executable, arguments: arguments, logDirectory: directory.path)
        children.withLock { $0.append(child) }
        return child
    }

    /// Runs `govsweep ARGUMENTS` to the end and returns how it exited with its output.
    func run(_ name: String, _ arguments: [String], timeout: Duration = .seconds(60), namespace: String? = nil) async throws
        -> (exit: ChildProcess.Exit, process: ChildProcess)
    {
        let child = try start(name, arguments, namespace: namespace)
        return (try await child.waitForExit(timeout: timeout), child)
    }

    /// Kills every process of the scope that still runs.
    func stopAll() async {
        for child in children.withLock({ $0 }) where child.isRunning {
            await child.killAndWait()
        }
    }
}
