/// Versions that peers compare during the handshake.
public enum ProtocolVersion {
    /// The wire protocol version carried as `v` in every message. Peers with different versions refuse each other.
    public static let current = 2
    /// The GovSweep release, reported in `hello` and in the User-Agent.
    public static let software = "0.2.0"
}
