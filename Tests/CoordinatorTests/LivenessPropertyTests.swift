import Coordinator
import Fetching
import GovSweepProtocol
import Testing

/// Liveness of the pure scheduling parts together, on a fake clock: whatever workers join, die,
/// freeze, stop, give work back or lose it, and however often the coordinator restarts from what
/// it stored, every site is crawled, every queued link target gets its verdict, and nothing is
/// held forever.
@Suite("Liveness: random schedules over leases, link checks, politeness and host verdicts")
struct LivenessPropertyTests {
    @Test("every site and every queued target reaches a verdict; nothing is held forever (2,000 seeded schedules)")
    func randomSchedules() {
        for seed in 1...2000 {
            var world = SimulatedSweep(seed: UInt64(seed))
            world.run()
            let problems = world.problems()
            #expect(problems.isEmpty, "seed \(seed): \(problems.joined(separator: "; "))")
            if !problems.isEmpty { return }
        }
    }
}

/// A seeded generator (SplitMix64): the same seed gives the same schedule.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One sweep played out step by step (a step is one simulated second).
struct SimulatedSweep {
    enum HostKind { case working, refusing, silent }
    enum Work { case site(String, stepsLeft: Int), checks([String]) }

    struct SimWorker {
        var id: String
        var capacity: Int
        var frozen = false
        var work: [String: Work] = [:]
        var politeness = PolitenessScheduler(rules: PolitenessRules(perHostConcurrency: 2, minimumGap: .milliseconds(250)))
        var health = HostHealth(rules: .init(hostTries: 2))
        var nextTicket = 1
        /// Ticket → (lease, target, host); the transfer ends at `endsAt` once started.
        var tickets: [Int: (lease: String, target: String, host: String)] = [:]
        var running: [Int: Duration] = [:]
        var verdicts: [String: [String: FetchError?]] = [:]  // lease → target → failure (nil: ok)
    }

    var random: SeededGenerator
    var now = 0.0
    let leaseSeconds = 30.0
    let sites: [(id: String, key: String, links: [String])]
    let hostKinds: [String: HostKind]
    // What the coordinator stores: it survives restarts.
    var storedState: [String: (lease: String, worker: String)?] = [:]  // nil value: pending
    var storedDone: Set<String> = []
    var storedVerdicts: [String: FetchError?] = [:]
    // The coordinator's memory: rebuilt on restart.
    var scheduler: LeaseScheduler
    var queue: LinkCheckQueue
    var generation = 1
    var workers: [String: SimWorker] = [:]
    var nextWorker = 1
    var log: [String] = []

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        let hostNames = ["ok-a", "ok-b", "refused", "silent", "dns"]
        var kinds: [String: HostKind] = ["ok-a": .working, "ok-b": .working, "refused": .refusing, "silent": .silent, "dns": .refusing]
        let siteCount = Int.random(in: 2...8, using: &random)
        var sites: [(String, String, [String])] = []
        for index in 0..<siteCount {
            // Some sites share a key (a platform's channels).
            let key = "k\(Int.random(in: 0..<max(1, siteCount - 1), using: &random))"
            kinds[key] = .working
            var links: [String] = []
            for link in 0..<Int.random(in: 0...8, using: &random) {
                let host = Bool.random(using: &random) ? hostNames.randomElement(using: &random)! : "k\(Int.random(in: 0..<siteCount, using: &random))"
                if kinds[host] == nil { kinds[host] = .working }
                links.append("\(host)/s\(index)-l\(link)")
            }
            sites.append(("s\(index)", key, links))
        }
        self.sites = sites
        hostKinds = kinds
        for site in sites { storedState[site.0] = .some(nil) }
        scheduler = LeaseScheduler(sites: sites.map { .init(siteID: $0.0, politenessKey: $0.1) }, leaseSeconds: 30, leasePrefix: "c1")
        queue = LinkCheckQueue(batchSize: Int.random(in: 1...6, using: &random))
    }

    static func host(of target: String) -> String { String(target.prefix { $0 != "/" }) }

    mutating func run() {
        let faultSteps = Int.random(in: 0...120, using: &random)
        for _ in 0..<faultSteps {
            if Int.random(in: 0..<5, using: &random) == 0 { fault() }
            step()
        }
        // The faults stop: frozen workers resume and one healthy worker is there.
        for id in workers.keys.sorted() where workers[id]!.frozen { thaw(id) }
        if workers.isEmpty { join() }
        for _ in 0..<2000 where !isQuiet { step() }
    }

    var isQuiet: Bool {
        scheduler.isComplete && queue.isEmpty && workers.values.allSatisfy { $0.work.isEmpty && $0.politeness.queuedCount == 0 && $0.politeness.activeCount == 0 }
    }

    // MARK: Faults

    mutating func fault() {
        let ids = workers.keys.sorted()
        switch Int.random(in: 0..<7, using: &random) {
        case 0, 1: join()
        case 2:  // SIGKILL: the worker vanishes with its work.
            guard let id = ids.randomElement(using: &random) else { return join() }
            log.append("kill \(id)")
            workers[id] = nil
            scheduler.workerDisconnected(id)
        case 3:  // SIGTERM: the worker hands everything back and leaves.
            guard let id = ids.randomElement(using: &random) else { return }
            log.append("term \(id)")
            takeBack(scheduler.release(Array(workers[id]!.work.keys), by: id))
            workers[id] = nil
            scheduler.workerDisconnected(id)
        case 4:  // SIGSTOP / SIGCONT.
            guard let id = ids.randomElement(using: &random) else { return }
            if workers[id]!.frozen { thaw(id) } else {
                log.append("stop \(id)")
                workers[id]!.frozen = true
            }
        case 5:  // One lease's work is cancelled (an engine hiccup, a crawl cut short): it goes back.
            guard let id = ids.randomElement(using: &random), let lease = workers[id]!.work.keys.sorted().randomElement(using: &random) else { return }
            log.append("cancel \(lease)")
            drop(lease, of: id)
            takeBack(scheduler.release([lease], by: id))
        default:
            restartCoordinator()
        }
    }

    mutating func join() {
        let id = "w\(nextWorker)"
        nextWorker += 1
        log.append("join \(id)")
        workers[id] = SimWorker(id: id, capacity: Int.random(in: 1...3, using: &random))
        scheduler.workerConnected(id, capacity: workers[id]!.capacity)
    }

    mutating func thaw(_ id: String) {
        log.append("cont \(id)")
        workers[id]!.frozen = false
    }

    /// The coordinator restarts from the store; connected workers reconnect and go on.
    mutating func restartCoordinator() {
        generation += 1
        log.append("restart \(generation)")
        var fresh = LeaseScheduler(sites: sites.map { .init(siteID: $0.id, politenessKey: $0.key) }, leaseSeconds: leaseSeconds, leasePrefix: "c\(generation)")
        fresh.restoreDone(storedDone)
        for site in sites {
            if case .some(.some(let lease)) = storedState[site.id] {
                fresh.restoreLease(id: lease.lease, siteID: site.id, workerID: lease.worker, now: now)
            }
        }
        scheduler = fresh
        queue = LinkCheckQueue(batchSize: queue.batchSize)
        for site in sites where storedDone.contains(site.id) { queueChecks(of: site.id) }
        for id in workers.keys.sorted() { scheduler.workerConnected(id, capacity: workers[id]!.capacity) }
    }

    // MARK: One step

    mutating func step() {
        now += 1
        for id in workers.keys.sorted() where !workers[id]!.frozen {
            let revoked = scheduler.heartbeat(from: id, holding: workers[id]!.work.keys.sorted(), now: now)
            for lease in revoked { drop(lease, of: id) }
            work(id)
        }
        takeBack(scheduler.expire(now: now))
        for lease in scheduler.assign(now: now, linkCheckKeys: queue.keysWithWork) { deliver(lease) }
    }

    mutating func deliver(_ lease: LeaseScheduler.Lease) {
        switch lease.work {
        case .site(let siteID):
            storedState[siteID] = .some((lease.id, lease.workerID))
            workers[lease.workerID]?.work[lease.id] = .site(siteID, stepsLeft: Int.random(in: 1...8, using: &random))
        case .linkChecks:
            var targets = queue.take(for: lease.id, key: lease.politenessKey)
            let known = Set(targets.map(\.target).filter { storedVerdicts[$0] != nil })
            queue.settle(lease.id, checked: known)
            targets.removeAll { known.contains($0.target) }
            if targets.isEmpty {
                queue.finished(lease.id, checked: [])
                _ = scheduler.completeLinkChecks(lease.id)
                return
            }
            workers[lease.workerID]?.work[lease.id] = .checks(targets.map(\.target))
        }
    }

    mutating func takeBack(_ leases: [LeaseScheduler.Lease]) {
        for lease in leases {
            if let siteID = lease.siteID {
                if !storedDone.contains(siteID) { storedState[siteID] = .some(nil) }
            } else {
                queue.returned(lease.id)
            }
        }
    }

    mutating func queueChecks(of siteID: String) {
        guard let site = sites.first(where: { $0.id == siteID }) else { return }
        for target in site.links where storedVerdicts[target] == nil && !queue.contains(target) {
            // Links into the site's own key are checked by its crawl: settled here at once.
            let host = Self.host(of: target)
            if host == site.key {
                storedVerdicts[target] = Self.expected(hostKinds[host]!)
                continue
            }
            queue.add(LinkTarget(target: target, kind: .page), key: host)
        }
    }

    static func expected(_ kind: HostKind) -> FetchError? {
        switch kind {
        case .working: nil
        case .refusing: .connect("refused")
        case .silent: .timeout("no answer")
        }
    }

    /// The worker stops a lease's work: queued transfers leave the engine, running ones are cut short.
    mutating func drop(_ lease: String, of id: String) {
        guard var worker = workers[id] else { return }
        worker.work[lease] = nil
        worker.verdicts[lease] = nil
        for (ticket, entry) in worker.tickets where entry.lease == lease {
            if worker.politeness.cancel(ticket) == false {
                worker.politeness.completed(ticket, outcome: .success, now: .seconds(now))
                worker.health.record(entry.host, .cancelled, now: .seconds(now))
            }
            worker.tickets[ticket] = nil
            worker.running[ticket] = nil
        }
        workers[id] = worker
    }

    mutating func work(_ id: String) {
        let clock = Duration.seconds(now)
        if workers[id]!.work.isEmpty && workers[id]!.tickets.isEmpty { return }
        for lease in workers[id]!.work.keys.sorted() {
            switch workers[id]!.work[lease]! {
            case .site(let siteID, let stepsLeft):
                if stepsLeft > 1 {
                    workers[id]!.work[lease] = .site(siteID, stepsLeft: stepsLeft - 1)
                    continue
                }
                workers[id]!.work[lease] = nil
                if let done = scheduler.complete(lease) {
                    storedDone.insert(done)
                    storedState[done] = .some(nil)
                    queueChecks(of: done)
                }
            case .checks(let targets):
                var worker = workers[id]!
                let busy = Set(worker.tickets.values.filter { $0.lease == lease }.map(\.target))
                for target in targets where worker.verdicts[lease]?[target] == nil && !busy.contains(target) {
                    let host = Self.host(of: target)
                    switch worker.health.admit(host, now: clock) {
                    case .judged(let error): worker.verdicts[lease, default: [:]][target] = .some(error)
                    case .wait, .waitForScout: break
                    case .probe:
                        worker.tickets[worker.nextTicket] = (lease, target, host)
                        worker.politeness.submit(worker.nextTicket, key: host, priority: .background)
                        worker.nextTicket += 1
                    }
                }
                workers[id] = worker
                if worker.verdicts[lease]?.count == targets.count { finishChecks(lease, of: id) }
            }
        }
        // The engine: start what politeness allows, end what is due.
        var worker = workers[id]!
        for ticket in worker.politeness.poll(now: clock).start {
            let host = worker.tickets[ticket]!.host
            worker.running[ticket] = clock + (hostKinds[host]! == .silent ? .seconds(5) : .seconds(1))
        }
        for (ticket, endsAt) in worker.running.sorted(by: { $0.key < $1.key }) where endsAt <= clock {
            let entry = worker.tickets[ticket]!
            let failure = Self.expected(hostKinds[entry.host]!)
            worker.politeness.completed(ticket, outcome: failure == nil ? .success : .failure, now: clock)
            worker.health.record(entry.host, failure, now: clock, pause: .seconds(1))
            if failure == nil { worker.verdicts[entry.lease, default: [:]][entry.target] = .some(nil) }
            worker.running[ticket] = nil
            worker.tickets[ticket] = nil
        }
        workers[id] = worker
    }

    mutating func finishChecks(_ lease: String, of id: String) {
        let outcomes = workers[id]!.verdicts[lease] ?? [:]
        drop(lease, of: id)
        for (target, failure) in outcomes { storedVerdicts[target] = .some(failure) }
        if scheduler.completeLinkChecks(lease) != nil {
            queue.finished(lease, checked: Set(outcomes.keys))
        } else {
            queue.forget(Set(outcomes.keys))
        }
    }

    // MARK: The property

    func problems() -> [String] {
        var problems: [String] = []
        if !isQuiet {
            problems.append("not quiet after the faults stopped: progress \(scheduler.progress), link checks waiting \(queue.count), leases \(scheduler.leases.count)")
        }
        for site in sites where !storedDone.contains(site.id) { problems.append("site \(site.id) never done") }
        for site in sites {
            for target in site.links {
                guard let verdict = storedVerdicts[target] else {
                    problems.append("\(target) has no verdict")
                    continue
                }
                if verdict?.kind != Self.expected(hostKinds[Self.host(of: target)]!)?.kind {
                    problems.append("\(target) judged \(String(describing: verdict))")
                }
            }
        }
        if !scheduler.leases.isEmpty { problems.append("leases still held: \(scheduler.leases.keys.sorted())") }
        if !problems.isEmpty { problems.append("schedule: " + log.suffix(30).joined(separator: ", ")) }
        return problems
    }
}
