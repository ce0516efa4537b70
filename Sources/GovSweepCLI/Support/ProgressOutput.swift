import Coordinator
import Foundation
import Logging

/// Shows sweep progress: a live line on a terminal, periodic log lines otherwise.
struct ProgressOutput: Sendable {
    let interactive: Bool
    let logger: Logger

    init(logger: Logger) {
        self.interactive = isatty(STDERR_FILENO) == 1
        self.logger = logger
    }

    var interval: Duration { interactive ? .milliseconds(500) : .seconds(10) }

    func show(_ snapshot: SweepSnapshot) {
        if interactive {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + snapshot.line).utf8))
        } else {
            logger.info("progress: \(snapshot.line)")
        }
    }

    /// Ends the live line so the next output starts on its own line.
    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
