import Foundation

extension Site {
    /// The shared platform (集约化平台) this site is a channel of: its `host_group`, when not empty.
    public var platform: String? {
        guard let hostGroup, !hostGroup.isEmpty else { return nil }
        return hostGroup
    }

    /// The budget a site's requests count against: its `host_group` when the inventory names one
    /// (channels of one 集约化平台), otherwise its homepage's host and port.
    public var politenessKey: String {
        if let platform { return "group:" + platform }
        return Self.hostKey(of: url) ?? "url:" + url
    }

    /// Whether a crawl of this site checks a link to `target` itself, under the site's lease:
    /// true when the target is on the homepage's host and port and the site is not a channel of a
    /// shared platform. The rest are checked under leases of their host's politeness key
    /// (``LinkCheckAssignment``), which the coordinator grants only while no site of that key is
    /// being crawled: a platform's links are checked after its channels' pages, each target once
    /// per sweep however many channels link to it.
    public func checksItself(_ target: String) -> Bool {
        guard platform == nil, let own = Self.hostKey(of: url) else { return false }
        return Self.hostKey(of: target) == own
    }

    /// `host:port` of an absolute http(s) URL, the host lower-cased and the port made explicit;
    /// nil for anything else.
    public static func hostKey(of url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        let scheme = components.scheme?.lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}
