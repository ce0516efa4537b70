import Fetching
import Testing

@Suite("PolitenessScheduler with a fake clock")
struct PolitenessSchedulerTests {
    private func ms(_ value: Int) -> Duration { .milliseconds(value) }

    @Test func startsTwoPerHostAndSpacesThemByTheGap() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 2, minimumGap: ms(250)))
        for ticket in 1...4 { scheduler.submit(ticket, key: "a:80") }
        var decision = scheduler.poll(now: ms(0))
        #expect(decision.start == [1])
        #expect(decision.wakeAt == ms(250))
        #expect(scheduler.poll(now: ms(100)).start.isEmpty)
        decision = scheduler.poll(now: ms(250))
        #expect(decision.start == [2])
        // Two in flight: the third waits for a completion, not for time.
        decision = scheduler.poll(now: ms(600))
        #expect(decision.start.isEmpty)
        #expect(decision.wakeAt == nil)
        scheduler.completed(1, outcome: .success, now: ms(700))
        #expect(scheduler.poll(now: ms(700)).start == [3])
        #expect(scheduler.activeCount(for: "a:80") == 2)
    }

    @Test("link checks of a host wait while its pages wait, and still start when no page does")
    func backgroundTicketsYieldToNormalOnesOfTheirKey() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 1, minimumGap: .zero))
        scheduler.submit(1, key: "a", priority: .background)
        scheduler.submit(2, key: "a", priority: .background)
        scheduler.submit(3, key: "a")
        scheduler.submit(4, key: "b", priority: .background)
        // Key b has only a check: it starts at once; on key a the page goes first.
        #expect(Set(scheduler.poll(now: .zero).start) == [3, 4])
        scheduler.submit(5, key: "a")
        scheduler.completed(3, outcome: .success, now: ms(1))
        #expect(scheduler.poll(now: ms(1)).start == [5])
        let cancelled = scheduler.cancel(2)
        #expect(cancelled)
        #expect(scheduler.queuedCount == 1)
        scheduler.completed(5, outcome: .success, now: ms(2))
        #expect(scheduler.poll(now: ms(2)).start == [1])
        #expect(scheduler.queuedCount == 0)
    }

    @Test func hostsTakeTurnsAndTheGlobalLimitHolds() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 5, minimumGap: .zero), globalLimit: 4)
        for ticket in 1...6 { scheduler.submit(ticket, key: "a") }
        for ticket in 11...16 { scheduler.submit(ticket, key: "b") }
        let decision = scheduler.poll(now: .zero)
        #expect(decision.start.count == 4)
        #expect(Set(decision.start).isSuperset(of: [1, 11]))
        #expect(scheduler.activeCount == 4)
        #expect(scheduler.queuedCount == 8)
        #expect(scheduler.poll(now: ms(1)).start.isEmpty)
    }

    @Test func retryAfterPausesTheHostAndWidensItsGap() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 2, minimumGap: ms(100)))
        scheduler.submit(1, key: "a")
        scheduler.submit(2, key: "a")
        _ = scheduler.poll(now: .zero)
        scheduler.completed(1, outcome: .slowDown(retryAfter: .seconds(3)), now: ms(50))
        let decision = scheduler.poll(now: ms(60))
        #expect(decision.start.isEmpty)
        #expect(decision.wakeAt == ms(3050))
        #expect(scheduler.poll(now: ms(3050)).start == [2])
        // The gap is now doubled: a new request waits 200 ms after the last start.
        scheduler.submit(3, key: "a")
        #expect(scheduler.poll(now: ms(3200)).start.isEmpty)
        #expect(scheduler.poll(now: ms(3250)).start == [3])
    }

    @Test func aRunOfFailuresBacksTheHostOffAndSuccessResetsIt() {
        var rules = PolitenessRules(perHostConcurrency: 1, minimumGap: .zero)
        rules.failureThreshold = 2
        rules.failureBackoff = .seconds(1)
        var scheduler = PolitenessScheduler(rules: rules)
        for ticket in 1...4 { scheduler.submit(ticket, key: "a") }
        #expect(scheduler.poll(now: .zero).start == [1])
        scheduler.completed(1, outcome: .failure, now: ms(10))
        #expect(scheduler.poll(now: ms(10)).start == [2])
        scheduler.completed(2, outcome: .failure, now: ms(20))
        let decision = scheduler.poll(now: ms(20))
        #expect(decision.start.isEmpty)
        #expect(decision.wakeAt == ms(1020))
        #expect(scheduler.poll(now: ms(1020)).start == [3])
        scheduler.completed(3, outcome: .success, now: ms(1030))
        #expect(scheduler.poll(now: ms(1030)).start == [4])
    }

    @Test func otherHostsAreNotHeldUpByAPausedOne() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 1, minimumGap: .zero))
        scheduler.submit(1, key: "slow")
        _ = scheduler.poll(now: .zero)
        scheduler.completed(1, outcome: .slowDown(retryAfter: nil), now: .zero)
        scheduler.submit(2, key: "slow")
        scheduler.submit(3, key: "fast")
        #expect(scheduler.poll(now: ms(1)).start == [3])
    }

    @Test func cancellingAQueuedTicketRemovesIt() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 1, minimumGap: .zero))
        scheduler.submit(1, key: "a")
        scheduler.submit(2, key: "a")
        _ = scheduler.poll(now: .zero)
        let cancelledQueued = scheduler.cancel(2)
        let cancelledRunning = scheduler.cancel(1)
        #expect(cancelledQueued)
        #expect(!cancelledRunning)
        scheduler.completed(1, outcome: .success, now: ms(1))
        #expect(scheduler.poll(now: ms(1)).start.isEmpty)
        #expect(scheduler.queuedCount == 0)
    }

    @Test("keys that went idle are forgotten, and the keys still in use keep their state")
    func forgettingIdleKeysKeepsTheBusyOnes() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 1, minimumGap: .zero), globalLimit: 5000)
        for ticket in 0..<1100 { scheduler.submit(ticket, key: "old\(ticket)") }
        #expect(scheduler.poll(now: .zero).start.count == 1100)
        for ticket in 0..<1100 { scheduler.completed(ticket, outcome: .success, now: .zero) }
        // Twice as many keys as the last count: the 1,100 idle ones go.
        for ticket in 2000..<3101 { scheduler.submit(ticket, key: "new\(ticket)") }
        #expect(scheduler.poll(now: ms(1)).start.count == 1101)
        #expect(scheduler.activeCount(for: "new2006") == 1)
        #expect(scheduler.activeCount(for: "old6") == 0)
        scheduler.submit(9000, key: "new2006")
        scheduler.submit(9001, key: "old6")
        #expect(scheduler.poll(now: ms(2)).start == [9001])
        scheduler.completed(2006, outcome: .success, now: ms(3))
        #expect(scheduler.activeCount(for: "new2006") == 0)
        #expect(scheduler.poll(now: ms(3)).start == [9000])
        #expect(scheduler.queuedCount == 0)
    }
}
