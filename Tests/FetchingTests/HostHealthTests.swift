import Fetching
import Testing

@Suite("HostHealth: unreachable hosts judged once, as hosts, on a fake clock")
struct HostHealthTests {
    private func s(_ value: Int) -> Duration { .seconds(value) }
    private let host = "http://dead.example:81"

    @Test("one check scouts a host not yet seen; the others wait, then all go once it answers")
    func scoutThenAlive() {
        var health = HostHealth()
        #expect(health.admit(host, now: s(0)) == .probe)
        #expect(health.admit(host, now: s(0)) == .waitForScout(until: s(120)))
        #expect(health.admit(host, now: s(1)) == .waitForScout(until: s(120)))
        health.record(host, nil, now: s(2))
        #expect(health.admit(host, now: s(2)) == .probe)
        #expect(health.admit(host, now: s(2)) == .probe)
        // Once alive, a failure is each link's own business.
        health.record(host, .connect("refused"), now: s(3))
        health.record(host, .connect("refused"), now: s(3))
        #expect(health.admit(host, now: s(4)) == .probe)
        #expect(!health.isDown(host, now: s(4)))
    }

    @Test("a refused host gets its tries as a host, spaced by the pause, then every check gets its verdict")
    func refusedHostJudgedAfterItsTries() {
        var health = HostHealth(rules: .init(hostTries: 2))
        #expect(health.admit(host, now: s(0)) == .probe)
        health.record(host, .connect("refused"), now: s(0), pause: s(1))
        #expect(health.admit(host, now: s(0)) == .wait(until: s(1)))
        #expect(health.admit(host, now: s(1)) == .probe)
        #expect(health.admit(host, now: s(1)) == .waitForScout(until: s(121)))
        health.record(host, .connect("refused again"), now: s(1), pause: s(2))
        for _ in 0..<50 { #expect(health.admit(host, now: s(1)) == .judged(.connect("refused again"))) }
        #expect(health.isDown(host, now: s(2)))
    }

    @Test("a host that times out costs at most its tries, however many links wait")
    func timeoutsAreBoundedPerHost() {
        var health = HostHealth(rules: .init(hostTries: 2))
        var requests = 0
        var now = s(0)
        var judged = 0
        for _ in 0..<50 {
            while true {
                switch health.admit(host, now: now) {
                case .probe:
                    requests += 1
                    now += s(5)
                    health.record(host, .timeout("no answer"), now: now, pause: s(1))
                    continue
                case .wait(let until), .waitForScout(let until):
                    now = until
                    continue
                case .judged(let error):
                    #expect(error == .timeout("no answer"))
                    judged += 1
                }
                break
            }
        }
        #expect(requests == 2)
        #expect(judged == 50)
        #expect(now <= s(11))
    }

    @Test("a host that does not resolve or fails TLS is judged at its first failure")
    func deterministicFailuresJudgeAtOnce() {
        var health = HostHealth(rules: .init(hostTries: 3))
        #expect(health.admit(host, now: s(0)) == .probe)
        health.record(host, .dns("NXDOMAIN"), now: s(0))
        #expect(health.admit(host, now: s(0)) == .judged(.dns("NXDOMAIN")))
        let tls = "https://badtls.example:443"
        #expect(health.admit(tls, now: s(0)) == .probe)
        health.record(tls, .tls("handshake"), now: s(0))
        #expect(health.admit(tls, now: s(0)) == .judged(.tls("handshake")))
    }

    @Test("a verdict lasts its lifetime, then the host is scouted again")
    func verdictLifetime() {
        var rules = HostHealth.Rules(hostTries: 1)
        rules.verdictLifetime = s(60)
        var health = HostHealth(rules: rules)
        _ = health.admit(host, now: s(0))
        health.record(host, .connect("refused"), now: s(0))
        #expect(health.admit(host, now: s(59)) == .judged(.connect("refused")))
        #expect(health.admit(host, now: s(60)) == .probe)
        #expect(health.admit(host, now: s(60)) == .waitForScout(until: s(180)))
    }

    @Test("a cancelled scout is no failure: another check scouts, and a silent scout stops blocking after its limit")
    func cancelledOrLostScouts() {
        var health = HostHealth(rules: .init(hostTries: 1))
        #expect(health.admit(host, now: s(0)) == .probe)
        health.record(host, .cancelled, now: s(1))
        #expect(!health.isDown(host, now: s(1)))
        #expect(health.admit(host, now: s(1)) == .probe)
        // That scout never reports: after the scout limit another goes.
        #expect(health.admit(host, now: s(100)) == .waitForScout(until: s(121)))
        #expect(health.admit(host, now: s(121)) == .probe)
    }

    @Test("an answer of any status, a redirect loop or an oversized body shows the host alive")
    func answersShowLife() {
        for error in [nil, FetchError.tooManyRedirects(chain: []), .tooLarge(limit: 1)] {
            var health = HostHealth(rules: .init(hostTries: 1))
            _ = health.admit(host, now: s(0))
            health.record(host, error, now: s(0))
            health.record(host, .connect("refused"), now: s(1))
            #expect(health.admit(host, now: s(1)) == .probe)
        }
    }

    @Test("the tries follow the retries: one more than them, at most two")
    func triesFromRetries() {
        #expect(HostHealth.Rules(retries: 0).hostTries == 1)
        #expect(HostHealth.Rules(retries: 1).hostTries == 2)
        #expect(HostHealth.Rules(retries: 5).hostTries == 2)
    }
}
