/// What callers hand the loop thread, under the engine's mutex.
struct SubmissionQueue: ~Copyable {
    var submissions: [FetchJob] = []
    var cancellations: [Int] = []
    var shuttingDown = false
    /// Set by the loop thread once the multi handle is gone; nobody may wake it after that.
    var multiClosed = false
    /// The loop thread has been signalled since it last took the queue: it will take what is
    /// added now without another signal (one `write` to the eventfd per turn, not per request).
    var wakePending = false

    /// What the loop thread takes at the top of each turn.
    struct Intake {
        var submissions: [FetchJob]
        var cancellations: [Int]
        var shuttingDown: Bool
    }

    mutating func take() -> Intake {
        wakePending = false
        // Most turns find nothing new: hand back empty arrays without allocating.
        guard !submissions.isEmpty || !cancellations.isEmpty else {
            return Intake(submissions: [], cancellations: [], shuttingDown: shuttingDown)
        }
        defer {
            submissions = []
            cancellations = []
        }
        return Intake(submissions: submissions, cancellations: cancellations, shuttingDown: shuttingDown)
    }
}

extension SubmissionQueue {
    /// True when the caller must signal the loop thread after adding to the queue: only the
    /// first addition since the loop's last `take()` does.
    mutating func needsWake() -> Bool {
        guard !wakePending else { return false }
        wakePending = true
        return true
    }
}
