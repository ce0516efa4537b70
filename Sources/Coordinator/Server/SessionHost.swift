import GovSweepProtocol

/// What a protocol connection hands authenticated workers to, and tells about their messages.
public protocol SessionHost: Sendable {
    /// The welcome an authenticated worker receives.
    var welcome: Welcome { get }
    /// A worker authenticated on a new connection.
    func attach(_ session: WorkerSession) async
    /// A message from an authenticated worker.
    func received(_ message: Message, from session: WorkerSession) async
    /// The worker's connection ended.
    func detach(_ session: WorkerSession) async
}
