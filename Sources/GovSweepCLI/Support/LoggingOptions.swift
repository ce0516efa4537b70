import ArgumentParser
import Logging
import Synchronization

/// `--log-level`, shared by every command that logs.
struct LoggingOptions: ParsableArguments {
    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    private static let bootstrapped = Mutex(false)

    /// Sends logs to standard error at the chosen level (once per process).
    func bootstrap() {
        let level = logLevel
        Self.bootstrapped.withLock { done in
            guard !done else { return }
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
            done = true
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
