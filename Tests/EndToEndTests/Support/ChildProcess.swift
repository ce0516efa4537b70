import Foundation
import Synchronization

/// A process the test started, with its output in files, that can be signalled and awaited.
///
/// Always started through a ``ProcessScope``, which kills whatever is still running when the
/// test ends, failed or not.
final class ChildProcess: Sendable {
    /// How a process ended.
    struct Exit: Sendable, Equatable, CustomStringConvertible {
        var status: Int32
        var signalled: Bool

        /// Exited by itself with status 0.
        var succeeded: Bool { status == 0 && !signalled }

        var description: String { signalled ? "killed by signal \(status)" : "exit status \(status)" }
    }

    let name: String
    let pid: Int32
    let commandLine: String
    let outputPath: String
    let errorPath: String
    private let process: Mutex<Process>

    private init(name: String, process: Process, commandLine: String, outputPath: String, errorPath: String) {
        self.name = name
        self.pid = process.processIdentifier
        self.commandLine = commandLine
        self.outputPath = outputPath
        self.errorPath = errorPath
        self.process = Mutex(process)
    }

    /// Starts `executable` with `arguments`; standard output and error go to files in `logDirectory`.
    static func launch(name: String, executable: String, arguments: [String], logDirectory: String) throws -> ChildProcess {
        let outputPath = (logDirectory as NSString).appendingPathComponent("\(name).out")
        let errorPath = (logDirectory as NSString).appendingPathComponent("\(name).err")
        let commandLine = ([executable] + arguments).joined(separator: " ")
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
              FileManager.default.createFile(atPath: errorPath, contents: nil),
              let output = FileHandle(forWritingAtPath: outputPath), let error = FileHandle(forWritingAtPath: errorPath)
        else { throw EndToEndError.launchFailed(command: commandLine, reason: "cannot create log files in \(logDirectory)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            throw EndToEndError.launchFailed(command: commandLine, reason: String(describing: error))
        }
        try? output.close()
        try? error.close()
        return ChildProcess(name: name, process: process, commandLine: commandLine, outputPath: outputPath, errorPath: errorPath)
    }

    var isRunning: Bool { process.withLock { $0.isRunning } }

    /// How it ended, or nil while it runs.
    var exit: Exit? {
        process.withLock { process in
            process.isRunning ? nil : Exit(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal)
        }
    }

    /// Sends `signal` (e.g. `SIGKILL`) if the process still runs.
    func send(_ signal: Int32) {
        if isRunning { kill(pid, signal) }
    }

    /// Waits for the process to end by itself.
    func waitForExit(timeout: Duration) async throws -> Exit {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let exit { return exit }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw EndToEndError.timedOut(what: "\(name) to exit", seconds: timeout.seconds, log: logTail())
    }

    /// SIGKILL, then waits until it has been reaped. Also works in a cancelled task (a test
    /// past its time limit), where `Task.sleep` would return at once.
    func killAndWait() async {
        send(SIGKILL)
        let deadline = ContinuousClock.now + .seconds(10)
        while isRunning, ContinuousClock.now < deadline {
            usleep(20_000)
            await Task.yield()
        }
    }

    /// Everything written to standard output so far.
    var output: String { Self.read(outputPath) }

    /// Everything written to standard error (the logs) so far.
    var errorOutput: String { Self.read(errorPath) }

    /// Waits until standard output or error contains `text`; fails early when the process exits.
    func waitForLog(_ text: String, timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if output.contains(text) || errorOutput.contains(text) { return }
            if let exit {
                throw EndToEndError.failed(what: "\(name) ended (\(exit)) before it wrote \"\(text)\"", log: logTail())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw EndToEndError.timedOut(what: "\(name) to write \"\(text)\"", seconds: timeout.seconds, log: logTail())
    }

    /// The last lines of both outputs, for failure messages; when the process crashed, also the
    /// runtime's crash report (the trap message and the crashed thread's frames), which a tail
    /// of a long backtrace would cut off.
    func logTail(lines: Int = 25) -> String {
        func tail(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
        }
        let errors = errorOutput
        var text = "--- \(name): \(commandLine)\n--- stdout:\n\(tail(output))\n--- stderr:\n\(tail(errors))"
        if let report = Self.crashReport(in: errors) {
            text += "\n--- crash report (from the start of the runtime's output):\n\(report)"
        }
        return text
    }

    /// Marks the Swift runtime and its backtracer write when a process traps.
    static let crashMarks = ["Fatal error", "Program crashed", "Crashed at", "precondition failed", "Illegal instruction"]

    /// Up to `lines` lines of `errors` from the first line the runtime wrote about a crash, or nil.
    static func crashReport(in errors: String, lines: Int = 80) -> String? {
        let all = errors.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = all.firstIndex(where: { line in crashMarks.contains { line.contains($0) } }) else { return nil }
        return all[first...].prefix(lines).joined(separator: "\n")
    }

    private static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

extension Duration {
    /// The duration in seconds, for messages.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
