import GovSweepProtocol

/// The politeness key any URL's requests count against, as the lease scheduler knows keys.
///
/// A host that carries inventory sites counts against their key (a `host_group` key for the
/// channels of a 集约化平台); any other host against its own `host:port`.
public struct PolitenessKeys: Sendable {
    private var byHost: [String: String] = [:]

    public init(sites: [Site]) {
        for site in sites {
            guard let host = Site.hostKey(of: site.url) else { continue }
            let key = site.politenessKey
            // A host with channels of a platform and a standalone site keeps the platform's key.
            if byHost[host] == nil || key.hasPrefix("group:") { byHost[host] = key }
        }
    }

    /// The key of `url`'s host; `url:` plus the URL when it has no http(s) host.
    public func key(for url: String) -> String {
        guard let host = Site.hostKey(of: url) else { return "url:" + url }
        return byHost[host] ?? host
    }
}
