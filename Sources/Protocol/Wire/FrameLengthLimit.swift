import Synchronization

/// The largest frame a connection accepts, which depends on whether its peer has authenticated.
///
/// Before the handshake completes a frame is a `hello` or an `authenticate`, a few hundred bytes:
/// a stranger may not make the coordinator buffer megabytes. Once the peer has proven the token
/// the full size applies. The decoder reads it on the event loop; the handshake raises it before
/// it sends the welcome, so no frame of an authenticated worker ever meets the small limit.
public final class FrameLengthLimit: Sendable {
    /// The default limit before authentication: 1 KiB, several times the largest handshake message.
    public static let defaultBeforeAuthentication = 1 << 10

    public let beforeAuthentication: Int
    public let afterAuthentication: Int
    private let authenticated = Atomic<Bool>(false)

    public init(beforeAuthentication: Int = FrameLengthLimit.defaultBeforeAuthentication, afterAuthentication: Int) {
        precondition(beforeAuthentication > 0 && afterAuthentication > 0)
        self.beforeAuthentication = min(beforeAuthentication, afterAuthentication)
        self.afterAuthentication = afterAuthentication
    }

    /// The limit now.
    public var current: Int {
        authenticated.load(ordering: .acquiring) ? afterAuthentication : beforeAuthentication
    }

    /// The peer has authenticated: from now on the full size applies.
    public func authenticate() {
        authenticated.store(true, ordering: .releasing)
    }
}
