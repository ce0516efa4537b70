import Fetching
import Testing

@Suite("Self-paced politeness (the availability monitor's visits)")
struct SelfPacedPolitenessTests {
    private func ms(_ value: Int) -> Duration { .milliseconds(value) }

    @Test("a host that keeps failing is never backed off: each visit starts when it is asked for")
    func failuresNeverPauseTheHost() {
        var scheduler = PolitenessScheduler(rules: .selfPaced(concurrency: 4))
        for ticket in 1...20 {
            let now = ms(ticket * 10)
            scheduler.submit(ticket, key: "dead:80")
            #expect(scheduler.poll(now: now).start == [ticket])
            scheduler.completed(ticket, outcome: .failure, now: now)
        }
        // The same failures under the crawl's rules pause the host for seconds after the third.
        var crawl = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 4, minimumGap: .zero))
        for ticket in 1...3 {
            crawl.submit(ticket, key: "dead:80")
            #expect(crawl.poll(now: ms(ticket)).start == [ticket])
            crawl.completed(ticket, outcome: .failure, now: ms(ticket))
        }
        crawl.submit(4, key: "dead:80")
        #expect(crawl.poll(now: ms(4)).start.isEmpty)
    }

    @Test("a 429 or 503 neither pauses the host nor widens its gap")
    func slowDownIsIgnored() {
        var scheduler = PolitenessScheduler(rules: .selfPaced(concurrency: 2))
        scheduler.submit(1, key: "busy:80")
        #expect(scheduler.poll(now: .zero).start == [1])
        scheduler.completed(1, outcome: .slowDown(retryAfter: .seconds(60)), now: ms(1))
        scheduler.submit(2, key: "busy:80")
        scheduler.submit(3, key: "busy:80")
        #expect(scheduler.poll(now: ms(1)).start == [2, 3])
    }

    @Test("visits in flight to one host are bounded by the concurrency")
    func concurrencyBoundsOneHost() {
        var scheduler = PolitenessScheduler(rules: .selfPaced(concurrency: 3))
        for ticket in 1...5 { scheduler.submit(ticket, key: "platform:80") }
        #expect(scheduler.poll(now: .zero).start == [1, 2, 3])
        #expect(scheduler.activeCount(for: "platform:80") == 3)
    }
}
