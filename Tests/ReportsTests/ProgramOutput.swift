import Foundation

/// Runs the report readers the tests use (headless Chromium, pdftotext) and returns what they print.
enum ProgramOutput {
    /// The standard output of `executable` (a path, or a name looked up on PATH) run with
    /// `arguments`; its standard error is dropped.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
