extension Release {
    /// The id the coordinator acknowledges this release with once the leases are free:
    /// `release:` and the lease ids, comma-separated.
    public var acknowledgementID: String { "release:" + leases.joined(separator: ",") }
}
