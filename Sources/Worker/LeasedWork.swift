import GovSweepProtocol

/// What the coordinator leases to a worker.
enum LeasedWork: Sendable {
    case site(Assignment)
    case linkChecks(LinkCheckAssignment)
}
