/// What becomes of the leases an earlier coordinator process granted, when a coordinator starts.
public enum EarlierLeases: Sendable {
    /// They stay with their workers for one lease period: reconnecting workers renew them by heartbeat.
    case honoured
    /// They are void at once and their sites pending: no worker of the earlier process exists.
    case void
}
