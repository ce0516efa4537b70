/// What callers hand the loop thread, under the engine's mutex.
struct SubmissionQueue: ~Copyable {
    var nextTicket = 1
    var submissions: [FetchJob] = []
    var cancellations: [Int] = []
    var shuttingDown = false
    /// Set by the loop thread once the multi handle is gone; nobody may wake it after that.
    var multiClosed = false

    /// What the loop thread takes at the top of each turn.
    struct Intake {
        var submissions: [FetchJob]
        var cancellations: [Int]
        var shuttingDown: Bool
    }

    mutating func take() -> Intake {
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
