import ArgumentParser
import Foundation
import Logging
import Synchronization

/// `--log-level`, shared by every command that logs.
struct LoggingOptions: ParsableArguments {
    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    private static let bootstrapped = Mutex(false)

    /// Sends logs to standard error at the chosen level (once per process). Log times are China
    /// Standard Time with their offset (`2026-12-04T03:31:19+0800`), the zone of the reports and of
    /// sweep ids, whatever the machine's zone.
    func bootstrap() {
        let level = logLevel
        Self.bootstrapped.withLock { done in
            guard !done else { return }
            setenv("TZ", "Asia/Shanghai", 1)
            tzset()
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
