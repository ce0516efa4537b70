import Foundation

extension Site {
    /// The budget a site's requests count against: its `host_group` when the inventory names one
    /// (channels of one 集约化平台), otherwise its homepage's host and port.
    public var politenessKey: String {
        if let group = hostGroup, !group.isEmpty { return "group:" + group }
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return "url:" + url
        }
        let port = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}
