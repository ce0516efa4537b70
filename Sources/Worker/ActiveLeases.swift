/// The leases a worker currently crawls: named in heartbeats, released on shutdown.
actor ActiveLeases {
    private var leases: [String: String] = [:]  // lease id → site id

    func started(_ leaseID: String, siteID: String) { leases[leaseID] = siteID }
    func ended(_ leaseID: String) { leases[leaseID] = nil }
    var ids: [String] { leases.keys.sorted() }
    var count: Int { leases.count }
}
