import Foundation
import Synchronization

/// Worker processes started on this machine by `sweep` and `resume`: restarted when one dies while
/// the sweep runs, stopped when it ends.
final class LocalWorkerPool: Sendable {
    private let arguments: [String]
    private let processes = Mutex<[Process]>([])
    private let restarts = Mutex(0)
    static let maximumRestarts = 20

    init(count: Int, coordinator: HostAndPort, tokenFile: String, capacity: Int, logLevel: String) {
        arguments = [
            "worker", "--coordinator", coordinator.description, "--token-file", tokenFile,
            "--capacity", String(capacity), "--log-level", logLevel, "--parent-pid", String(getpid()),
        ]
        processes.withLock { $0 = (0..<count).map { _ in Process() } }
    }

    /// Starts every worker.
    func start() throws {
        try processes.withLock { list in
            for index in list.indices { list[index] = try launch() }
        }
    }

    /// Starts a new process for each one that exited; returns how many were restarted.
    @discardableResult
    func restartExited() -> Int {
        processes.withLock { list in
            var restarted = 0
            for index in list.indices where !list[index].isRunning {
                guard restarts.withLock({ count in
                    count += 1
                    return count <= Self.maximumRestarts
                }) else { continue }
                if let process = try? launch() {
                    list[index] = process
                    restarted += 1
                }
            }
            return restarted
        }
    }

    /// Waits up to `grace` seconds for the workers to exit by themselves, then terminates them.
    func stop(grace: Double) async {
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline, processes.withLock({ $0.contains { $0.isRunning } }) {
            try? await Task.sleep(for: .milliseconds(50))
        }
        processes.withLock { list in
            for process in list where process.isRunning { process.terminate() }
        }
        let killDeadline = Date().addingTimeInterval(3)
        while Date() < killDeadline, processes.withLock({ $0.contains { $0.isRunning } }) {
            try? await Task.sleep(for: .milliseconds(50))
        }
        processes.withLock { list in
            for process in list where process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    private func launch() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
