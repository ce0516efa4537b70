import GovSweepProtocol
import Testing
@testable import DemoProvince

#if canImport(Glibc)
import Glibc
#endif

@Suite("Province server on loopback")
struct ServerTests {
    static let spec = ProvinceSpec(sites: 8, seed: 3, asOf: CivilDate(year: 2024, month: 1, day: 8)!, pagesPerSite: 16)

    static func path(_ url: String) -> String {
        String((url.split(separator: "://", maxSplits: 1).last ?? "").drop { $0 != "/" })
    }

    /// Runs `body` against a started server and always shuts it down.
    static func withServer(
        _ province: Province, latency: ClosedRange<Duration>? = nil, faults: [FaultRule] = [],
        _ body: (ProvinceServer) async throws -> Void
    ) async throws {
        let server = try await ProvinceServer.start(province, latency: latency, faults: faults)
        do {
            try await body(server)
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }

    static func port(_ url: String) -> Int {
        Int(url.split(separator: ":")[2].prefix { $0.isNumber })!
    }

    @Test("serves homepages, robots.txt and the ground truth's broken targets on 127.0.0.1")
    func servesPages() async throws {
        try await Self.withServer(Province(spec: Self.spec)) { server in
            let truth = server.groundTruth
            #expect(server.inventoryURLs.allSatisfy { $0.hasPrefix("http://127.0.0.1:") })
            for site in truth.sites where !site.expected.contains(where: { $0.check == .siteUnreachable }) {
                let client = try LoopbackClient(port: Self.port(site.url))
                var home = try client.request("GET", Self.path(site.url))
                if home.status == 503 { home = try client.request("GET", Self.path(site.url)) }  // a flaky homepage
                #expect(home.status == 200)
                #expect(TextDecoding.decode(home.body, encoding: site.encoding.hasPrefix("gbk") ? "GB18030" : "UTF-8").contains(site.name))
                #expect(try client.request("GET", "/robots.txt").status == 200)
                for e in site.expected where e.check == .linkBroken {
                    let target = try #require(e.target)
                    let answer = try LoopbackClient(port: Self.port(target)).request("GET", Self.path(target))
                    #expect(answer.status == 404 || answer.status == 302 || String(decoding: answer.body, as: UTF8.self).contains("页面不存在"))
                }
                for e in site.expected where e.check == .linkBlocked {
                    let target = try #require(e.target)
                    #expect(try LoopbackClient(port: Self.port(target)).request("GET", Self.path(target)).status == 403)
                }
            }
        }
    }

    @Test("HEAD gives the length without a body; Range bytes=0-0 gives 206 and one byte")
    func headAndRange() async throws {
        let province = Province(spec: Self.spec)
        try await Self.withServer(province) { server in
            let site = try #require(server.province.inventory.first)
            let attachment = try #require(server.province.pages(ofSite: site.id).first { $0.key.hasSuffix(".pdf") || $0.key.contains("filename=") || $0.key.hasSuffix(".doc") })
            let client = try LoopbackClient(port: Self.port(site.url))
            let head = try client.request("HEAD", attachment.key)
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(attachment.value.body.count))
            #expect(head.body.isEmpty)
            let range = try client.request("GET", attachment.key, headers: ["Range": "bytes=0-0"])
            #expect(range.status == 206)
            #expect(range.body == [attachment.value.body[0]])
            #expect(range.headers["content-range"] == "bytes 0-0/\(attachment.value.body.count)")
        }
    }

    @Test("faults: refused port, 503-then-200, 403 always, hang, reset")
    func faults() async throws {
        let province = Province(spec: Self.spec)
        let faulty = Set(province.plantedFaults.filter { $0.path == nil }.map(\.host))
        let healthy = Array(Set(province.inventory.compactMap { province.hostIndex(ofSite: $0.id) }).subtracting(faulty)).sorted()
        try #require(healthy.count >= 3)
        let portal = try #require(province.hostIndex(ofSite: province.inventory[0].id))
        let (other, third) = (healthy.filter { $0 != portal }[0], healthy.filter { $0 != portal }[1])
        try await Self.withServer(province, faults: [
            FaultRule(host: portal, path: "/index.html", fault: .flaky(failures: 1)),
            FaultRule(host: portal, path: "/robots.txt", fault: .forbidden),
            FaultRule(host: other, fault: .refuse),
            FaultRule(host: third, path: "/", fault: .hang),
            FaultRule(host: third, path: "/index.html", fault: .reset),
        ]) { server in
            let client = try LoopbackClient(port: server.ports[portal])
            #expect(try client.request("GET", "/index.html").status == 503)
            #expect(try client.request("GET", "/index.html").status == 200)
            #expect(try client.request("GET", "/robots.txt").status == 403)
            #expect(try client.request("GET", "/robots.txt").status == 403)
            #expect(throws: LoopbackClient.Failure.connect(ECONNREFUSED)) { _ = try LoopbackClient(port: server.ports[other]) }
            #expect(throws: LoopbackClient.Failure.timedOut) {
                try LoopbackClient(port: server.ports[third], timeoutMilliseconds: 300).request("GET", "/")
            }
            #expect(throws: LoopbackClient.Failure.closed) {
                try LoopbackClient(port: server.ports[third]).request("GET", "/index.html")
            }
        }
    }

    @Test("latency is injected before each answer")
    func latency() async throws {
        try await Self.withServer(Province(spec: Self.spec), latency: .milliseconds(150) ... .milliseconds(160)) { server in
            let clock = ContinuousClock()
            let client = try LoopbackClient(port: server.ports[0])
            let elapsed = try clock.measure { _ = try client.request("GET", "/robots.txt") }
            #expect(elapsed >= .milliseconds(150))
        }
    }

    @Test("the peak number of concurrent connections and the requests are counted per host")
    func peakConcurrency() async throws {
        try await Self.withServer(Province(spec: Self.spec)) { server in
            let port = server.ports[0]
            do {
                let a = try LoopbackClient(port: port)
                let b = try LoopbackClient(port: port)
                let c = try LoopbackClient(port: port)
                #expect(try a.request("GET", "/robots.txt").status == 200)
                #expect(try b.request("GET", "/robots.txt").status == 200)
                #expect(try c.request("GET", "/robots.txt").status == 200)
                #expect(try a.request("GET", "/").status == 200)
            }
            let stats = server.stats()
            #expect(stats[0].address == "127.0.0.1:\(port)")
            #expect(stats[0].peakConnections == 3)
            #expect(stats[0].peakInFlight == 1)  // one request at a time, on three connections
            #expect(stats[0].requests == 4)
            #expect(stats.dropFirst().allSatisfy { $0.requests == 0 })
        }
    }

    @Test("requests being answered at the same time are counted as in flight")
    func peakInFlight() async throws {
        let province = Province(spec: Self.spec)
        let host = try #require(province.hostIndex(ofSite: province.inventory[0].id))
        try await Self.withServer(province, faults: [FaultRule(host: host, path: "/slow", fault: .hang)]) { server in
            let a = try LoopbackClient(port: server.ports[host])
            let b = try LoopbackClient(port: server.ports[host])
            let c = try LoopbackClient(port: server.ports[host])
            a.send("GET", "/slow")
            b.send("GET", "/slow")
            c.send("GET", "/slow")
            // The hanging requests stay in flight: wait until the server has read all three.
            for _ in 0..<100 where server.stats()[host].peakInFlight < 3 {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(server.stats()[host].peakInFlight == 3)
            #expect(server.stats()[host].requests == 3)
        }
    }
}
