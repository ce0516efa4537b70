import Foundation
import Testing

extension EndToEnd {
    /// The tail of a sweep: links into hosts that refuse connections or never answer are judged
    /// per host, so the sweep ends soon after the last site's crawl.
    @Suite("Sweep tail")
    struct TailTests {
        /// The bound: the sweep completes within this long after the last site is crawled,
        /// plus one request timeout (`--timeout 5` of ``TestProvince/sweepOptions``).
        static let bound: Duration = .seconds(60 + 5)

        @Test("50 links into a refused port and 50 into a silent host end within the bound after the last crawl", .timeLimit(.minutes(8)))
        func deadHostsEndWithinTheBound() async throws {
            try await ProcessScope.run("tail") { scope in
                let province = try await DeadLinkProvince.start(in: scope)
                let db = scope.directory.file("sweep.db")
                let out = scope.directory.file("out")
                let sweep = try scope.start(
                    "sweep", ["sweep", "--inventory", province.inventoryPath, "--db", db, "--out", out, "--workers", "2"] + TestProvince.sweepOptions)
                // The moment the last site's crawl is done, then the moment the sweep ends.
                let clock = ContinuousClock()
                var crawled: ContinuousClock.Instant?
                while sweep.isRunning {
                    if crawled == nil, let status = try await scope.status(db: db), status.sitesTotal > 0, status.sitesDone == status.sitesTotal {
                        crawled = clock.now
                    }
                    try await Task.sleep(for: .milliseconds(200))
                }
                let ended = clock.now
                let exit = try await sweep.waitForExit(timeout: .seconds(1))
                #expect(exit.succeeded, "\(sweep.logTail(lines: 60))")
                let tail = ended - (crawled ?? ended)
                print("sweep tail after the last site's crawl: \(tail) (bound \(Self.bound)); silent host connections: \(province.silentConnections)")
                #expect(crawled != nil, "status never showed every site done before the sweep ended")
                #expect(tail <= Self.bound, "the sweep ended \(tail) after the last site's crawl")
                // The silent host was tried as a host, not per link: at most two tries per worker.
                #expect(province.silentConnections <= 4, "the silent host got \(province.silentConnections) connections")

                let export = try await scope.export(db: db, into: "export")
                let text = export.findings.joined(separator: "\n").replacingOccurrences(of: "\\/", with: "/")
                for index in 0..<DeadLinkProvince.sites {
                    for link in 0..<DeadLinkProvince.linksPerSite {
                        #expect(text.contains("127.0.0.1:\(province.refusedPort)/docs/s\(index)-\(link).html"), "refused link s\(index)-\(link) not reported")
                        #expect(text.contains("127.0.0.1:\(province.silentPort)/info/s\(index)-\(link).html"), "silent link s\(index)-\(link) not reported")
                    }
                }
            }
        }
    }
}
