import GovSweepProtocol
import Testing
@testable import DemoProvince

/// Every link and image on every page resolves, except the ones the ground truth plants: a
/// correct sweep of the province finds exactly the planted link defects.
@Suite("Link integrity")
struct LinkIntegrityTests {
    static let province = Province(spec: ProvinceSpec(sites: 40, seed: 11, asOf: CivilDate(year: 2024, month: 1, day: 8)!))

    /// Resolves `reference` found on `page` (a path with query) of host `host` to (host, path-and-query).
    static func resolve(_ reference: String, host: Int, page: String) -> (host: Int, path: String)? {
        let href = reference.replacingAll("&amp;", with: "&")
        if href.hasPrefix("javascript:") || href.hasPrefix("#") { return nil }
        if href.hasPrefix("http://") {
            let rest = href.dropFirst("http://".count)
            let authority = rest.prefix { $0 != "/" }
            guard let index = province.origins.firstIndex(of: "http://" + authority) else { return (-1, href) }
            let path = rest.dropFirst(authority.count)
            return (index, path.isEmpty ? "/" : String(path))
        }
        if href.hasPrefix("/") { return (host, href) }
        let pagePath = page.prefix { $0 != "?" }
        let directory = pagePath[...(pagePath.lastIndex(of: "/") ?? pagePath.startIndex)]
        return (host, directory + (href.hasPrefix("./") ? String(href.dropFirst(2)) : href))
    }

    @Test("links, images and attachments work unless the truth plants them broken or blocked")
    func integrity() throws {
        let truth = Self.province.groundTruth
        let planted = Set(truth.sites.flatMap { $0.expected.compactMap(\.target) })
        var checked = 0
        var works: [String: Bool] = [:]
        for (siteIndex, site) in Self.province.sites.enumerated() where !truth.sites[siteIndex].expected.contains(where: { $0.check == .siteUnreachable }) {
            for (path, response) in Self.province.pages(ofSite: site.id) where response.header("Content-Type")?.hasPrefix("text/html") == true {
                let text = TextDecoding.decode(response.body, encoding: site.encoding.isGBK ? "GB18030" : "UTF-8")
                for match in text.matches(of: /(?:href|src)="([^"]+)"/) {
                    guard let (host, target) = Self.resolve(String(match.output.1), host: site.hostIndex, page: path),
                          !target.contains("/calendar/") else { continue }
                    try #require(host >= 0, "link off the province: \(target) on \(path)")
                    let url = Self.province.origins[host] + target
                    let works = works[url] ?? {
                        let answer = Self.province.response(host: host, pathAndQuery: target)
                        let ok = answer.status == 200 && !String(decoding: answer.body, as: UTF8.self).contains("页面不存在")
                        works[url] = ok
                        return ok
                    }()
                    #expect(works != planted.contains(url), "\(url) on \(site.id) \(path)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }
}

extension String {
    fileprivate func replacingAll(_ old: String, with new: String) -> String {
        split(separator: old, omittingEmptySubsequences: false).joined(separator: new)
    }
}
