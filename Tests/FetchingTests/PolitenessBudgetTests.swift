import Fetching
import GovSweepProtocol
import Testing

@Suite("Per-key politeness budgets with a fake clock")
struct PolitenessBudgetTests {
    private func ms(_ value: Int) -> Duration { .milliseconds(value) }

    private func rules(platform: PolitenessBudget) -> PolitenessRules {
        var rules = PolitenessRules(perHostConcurrency: 2, minimumGap: ms(250))
        rules.budgets = ["group:platform": platform]
        return rules
    }

    @Test("a key with its own budget runs at that budget while other keys keep the defaults")
    func budgetedKeyRunsWider() {
        var scheduler = PolitenessScheduler(rules: rules(platform: PolitenessBudget(concurrency: 4, gapMilliseconds: 50)))
        for ticket in 1...6 { scheduler.submit(ticket, key: "group:platform") }
        for ticket in 11...13 { scheduler.submit(ticket, key: "a:80") }
        var started: [Int] = []
        var now = 0
        // Nothing completes: in-flight limits bind, gaps pace the starts.
        while now <= 1000 {
            started += scheduler.poll(now: ms(now)).start
            now += 10
        }
        #expect(started.filter { $0 < 10 } == [1, 2, 3, 4])
        #expect(started.filter { $0 > 10 } == [11, 12])
        #expect(scheduler.activeCount(for: "group:platform") == 4)
        #expect(scheduler.activeCount(for: "a:80") == 2)
    }

    @Test("a budget's gap paces its key: 50 ms apart instead of 250")
    func budgetGapPaces() {
        var scheduler = PolitenessScheduler(rules: rules(platform: PolitenessBudget(concurrency: 8, gapMilliseconds: 50)))
        for ticket in 1...3 { scheduler.submit(ticket, key: "group:platform") }
        #expect(scheduler.poll(now: .zero).start == [1])
        let decision = scheduler.poll(now: ms(10))
        #expect(decision.start.isEmpty)
        #expect(decision.wakeAt == ms(50))
        #expect(scheduler.poll(now: ms(50)).start == [2])
        #expect(scheduler.poll(now: ms(99)).start.isEmpty)
        #expect(scheduler.poll(now: ms(100)).start == [3])
    }

    @Test("a budget can also lower a key: one in flight, a second apart")
    func budgetLowers() {
        var scheduler = PolitenessScheduler(rules: rules(platform: PolitenessBudget(concurrency: 1, gapMilliseconds: 1000)))
        for ticket in 1...2 { scheduler.submit(ticket, key: "group:platform") }
        #expect(scheduler.poll(now: .zero).start == [1])
        scheduler.completed(1, outcome: .success, now: ms(100))
        let decision = scheduler.poll(now: ms(500))
        #expect(decision.start.isEmpty)
        #expect(decision.wakeAt == ms(1000))
        #expect(scheduler.poll(now: ms(1000)).start == [2])
    }

    @Test("a sweep's settings carry the budgets to the engine's rules")
    func settingsCarryBudgets() {
        var settings = SweepSettings(asOf: CivilDate(year: 2024, month: 1, day: 8)!, perHostConcurrency: 3, perHostGapMilliseconds: 400)
        settings.hostBudgets = ["group:p": PolitenessBudget(concurrency: 6, gapMilliseconds: 0)]
        let politeness = FetchConfiguration(settings: settings).politeness
        #expect(politeness.concurrency(for: "group:p") == 6)
        #expect(politeness.gap(for: "group:p") == .zero)
        #expect(politeness.concurrency(for: "x:80") == 3)
        #expect(politeness.gap(for: "x:80") == ms(400))
        #expect(settings.budget(for: "x:80") == PolitenessBudget(concurrency: 3, gapMilliseconds: 400))
    }

    @Test("thousands of tickets queued under one key drain in order")
    func longQueueDrainsInOrder() {
        var scheduler = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 1, minimumGap: .zero))
        let count = 5000
        for ticket in 0..<count { scheduler.submit(ticket, key: "group:p", priority: ticket.isMultiple(of: 2) ? .background : .normal) }
        let cancelledLast = scheduler.cancel(4999)
        let cancelledBeforeLast = scheduler.cancel(4998)
        #expect(cancelledLast && cancelledBeforeLast)
        var order: [Int] = []
        for step in 0..<count {
            let started = scheduler.poll(now: ms(step)).start
            order += started
            for ticket in started { scheduler.completed(ticket, outcome: .success, now: ms(step)) }
        }
        let odd = Array(stride(from: 1, to: 4998, by: 2))
        let even = Array(stride(from: 0, to: 4998, by: 2))
        #expect(order == odd + even)
        #expect(scheduler.queuedCount == 0)
    }
}
