import Foundation
import GovSweepProtocol
import TestSupport
import Testing

extension EndToEnd {
    /// Sites whose servers answer too much, answer with something that is not HTTP, or sit outside
    /// the allowed addresses: a real sweep names each for what it is and calls none unreachable.
    @Suite("Hostile servers")
    struct HostileServerSweepTests {
        /// A site of the inventory, what its homepage server does, and the error its finding must carry.
        struct Case: Sendable {
            let id: String
            let server: HostileHTTPServer?
            let url: String
            let error: String
        }

        @Test("too large, bad answers and refused addresses each get their own finding, none site_unreachable", .timeLimit(.minutes(8)))
        func hostileServers() async throws {
            let behaviours: [(String, HostileHTTPServer.Behaviour, String)] = [
                ("3600000101", .gzip(Fixtures.bytes("fetch/gzip-bomb.html.gz")), "too_large"),
                ("3600000102", .endlessChunkedBody, "too_large"),
                ("3600000103", .largeBody(bytes: 50 << 20), "too_large"),
                ("3600000104", .garbageStatusLine, "bad_response"),
                ("3600000105", .hugeHeaders(bytes: 1 << 20), "bad_response"),
                ("3600000106", .redirect(location: "file:///etc/passwd"), "bad_response"),
            ]
            let served = try behaviours.map { id, behaviour, error in
                let server = try HostileHTTPServer.start(behaviour)
                return Case(id: id, server: server, url: server.url("/"), error: error)
            }
            defer { for item in served { item.server?.shutdown() } }
            // 0.0.0.0 ("this network") is not in 127.0.0.0/8: the guard refuses it before connecting.
            let cases = served + [Case(id: "3600000107", server: nil, url: "http://0.0.0.0:9/", error: "blocked_by_policy")]

            // A well-behaved site whose homepage links to the hostile servers.
            let site = try await TestHTTPServer.start()
            let linked = [cases[3], cases[4], cases[5]].map(\.url) + ["http://0.0.0.0:9/intranet"]
            site.route("/") { _ in
                .html("<html><head><title>链接测试</title></head><body><ul>"
                    + linked.enumerated().map { "<li><a href=\"\($0.element)\">链接\($0.offset)</a><span>2024-01-05</span></li>" }.joined()
                    + "</ul></body></html>")
            }
            let linkSite = "3600000108"

            let export = try await ProcessScope.run("hostile-servers") { scope in
                let rows = cases.map { "\($0.id),站点\($0.id),\($0.url)" } + ["\(linkSite),链接站点,\(site.url("/"))"]
                let inventory = try scope.directory.write((["site_id,name,url"] + rows).joined(separator: "\n") + "\n", to: "inventory.csv")
                let out = scope.directory.file("out")
                let (exit, sweep) = try await scope.run(
                    "sweep",
                    ["sweep", "--inventory", inventory, "--db", scope.directory.file("sweep.db"), "--out", out, "--workers", "1",
                     "--allow-address", "127.0.0.0/8", "--ignore-robots", "--as-of", TestProvince.asOf.iso, "--timeout", "5",
                     "--connect-timeout", "2", "--retries", "1", "--probe-spread", "2", "--gap-ms", "50", "--log-level", "info"],
                    timeout: .seconds(100))
                #expect(exit.succeeded, "\(sweep.logTail(lines: 40))")
                return try SweepExport(directory: out)
            }
            try await site.shutdown()
            Self.check(export, cases: cases, linkSite: linkSite, linked: linked)
        }

        /// Each hostile homepage has its own `crawl_capped` with its error, the links their own
        /// findings, and nothing is `site_unreachable`.
        static func check(_ export: SweepExport, cases: [Case], linkSite: String, linked: [String]) {
            let findings = export.findings.compactMap(JSONValue.object(line:))
            let problems = ContractValidator(siteIDs: Set(cases.map(\.id) + [linkSite])).problems(findings: export.findings)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(!findings.contains { $0["check"]?.string == "site_unreachable" }, "\(export.findings.joined(separator: "\n"))")

            for item in cases {
                let own = findings.filter { $0["site_id"]?.string == item.id }
                let stopped = own.filter { $0["check"]?.string == "crawl_capped" && $0["error"]?.string == item.error }
                #expect(stopped.count == 1, "\(item.id) (\(item.error)): \(own)")
            }
            let links = findings.filter { $0["site_id"]?.string == linkSite }
            for target in linked.prefix(3) {
                let finding = links.first { $0["target"]?.string == target }
                #expect(finding?["check"]?.string == "link_broken", "\(target): \(links)")
                #expect(finding?["error"]?.string == "bad_response", "\(target): \(links)")
            }
            let refused = links.first { $0["target"]?.string == linked[3] }
            #expect(refused?["check"]?.string == "link_blocked", "\(links)")
            #expect(refused?["error"]?.string == "blocked_by_policy", "\(links)")
        }
    }
}
