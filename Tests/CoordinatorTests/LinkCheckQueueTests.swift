import GovSweepProtocol
import Testing
@testable import Coordinator

@Suite("Link-check queue")
struct LinkCheckQueueTests {
    static func target(_ path: String, host: String = "a.gov.cn") -> LinkTarget {
        LinkTarget(target: "http://\(host)/\(path)", kind: .page)
    }

    @Test("a target is queued once however many sites hold it, and keys take turns")
    func queueOnceAndTakeTurns() {
        var queue = LinkCheckQueue(batchSize: 2)
        let added = queue.add(Self.target("1"), key: "a:80")
        let addedAgain = queue.add(Self.target("1"), key: "a:80")
        #expect(added)
        #expect(!addedAgain)
        queue.add(Self.target("2"), key: "a:80")
        queue.add(Self.target("3"), key: "a:80")
        queue.add(Self.target("x", host: "b.gov.cn"), key: "b:80")
        #expect(queue.keysWithWork == ["a:80", "b:80"])
        let taken = queue.take(for: "L1", key: "a:80")
        #expect(taken.map(\.target) == ["http://a.gov.cn/1", "http://a.gov.cn/2"])
        #expect(queue.keysWithWork == ["b:80", "a:80"], "a key with targets left goes to the back")
        let requeued = queue.add(Self.target("1"), key: "a:80")
        #expect(!requeued, "a target out on a lease is not queued again")
        #expect(queue.count == 4)
    }

    @Test("unchecked targets of a finished lease, and all of a returned one, wait again first in line")
    func putBack() {
        var queue = LinkCheckQueue(batchSize: 3)
        for path in ["1", "2", "3", "4"] { queue.add(Self.target(path), key: "a:80") }
        queue.add(Self.target("x", host: "b.gov.cn"), key: "b:80")
        _ = queue.take(for: "L1", key: "a:80")
        queue.finished("L1", checked: ["http://a.gov.cn/1", "http://a.gov.cn/3"])
        #expect(queue.keysWithWork == ["a:80", "b:80"])
        let takenL2 = queue.take(for: "L2", key: "a:80")
        #expect(takenL2.map(\.target) == ["http://a.gov.cn/2", "http://a.gov.cn/4"])
        queue.returned("L2")
        let takenL3 = queue.take(for: "L3", key: "a:80")
        #expect(takenL3.map(\.target) == ["http://a.gov.cn/2", "http://a.gov.cn/4"])
        queue.finished("L3", checked: ["http://a.gov.cn/2", "http://a.gov.cn/4"])
        #expect(queue.keysWithWork == ["b:80"])
        #expect(queue.count == 1)
    }

    @Test("keys by most targets waiting: the longest queue first, turn order among equals")
    func keysByMostWaiting() {
        var queue = LinkCheckQueue(batchSize: 2)
        queue.add(Self.target("1", host: "b.gov.cn"), key: "b:80")
        for path in ["1", "2", "3"] { queue.add(Self.target(path, host: "services.gov.cn"), key: "services:80") }
        queue.add(Self.target("1", host: "c.gov.cn"), key: "c:80")
        #expect(queue.keysByMostWaiting == ["services:80", "b:80", "c:80"])
        #expect(queue.waitingCount("services:80") == 3)
        _ = queue.take(for: "L1", key: "services:80")
        #expect(queue.waitingCount("services:80") == 1, "targets out on a lease do not wait")
        #expect(queue.keysByMostWaiting == ["b:80", "c:80", "services:80"], "equal counts keep their turns")
    }

    @Test("targets whose verdict arrived elsewhere need no check; the queue empties")
    func forgetAndSettle() {
        var queue = LinkCheckQueue(batchSize: 5)
        queue.add(Self.target("1"), key: "a:80")
        queue.add(Self.target("2"), key: "a:80")
        queue.forget(["http://a.gov.cn/1"])
        let taken = queue.take(for: "L1", key: "a:80")
        #expect(taken.map(\.target) == ["http://a.gov.cn/2"])
        queue.settle("L1", checked: ["http://a.gov.cn/2"])
        queue.finished("L1", checked: [])
        #expect(queue.isEmpty)
        #expect(queue.keysWithWork.isEmpty)
    }

    @Test("a host's key is its sites' key: a platform's group, else host and port")
    func politenessKeys() {
        let keys = PolitenessKeys(sites: [
            Site(id: "1", name: "a", url: "http://www.a.gov.cn/"),
            Site(id: "2", name: "p1", url: "http://p.gov.cn/c1/", hostGroup: "平台"),
            Site(id: "3", name: "p2", url: "http://p.gov.cn/c2/", hostGroup: "平台"),
        ])
        #expect(keys.key(for: "http://WWW.A.gov.cn/x.pdf") == "www.a.gov.cn:80")
        #expect(keys.key(for: "http://p.gov.cn/c9/index.html") == "group:平台")
        #expect(keys.key(for: "https://www.gov.cn/") == "www.gov.cn:443")
        #expect(keys.key(for: "mailto:x@a.gov.cn") == "url:mailto:x@a.gov.cn")
        #expect(Site(id: "1", name: "a", url: "http://www.a.gov.cn/").checksItself("http://www.a.gov.cn:80/b.html"))
        #expect(!Site(id: "1", name: "a", url: "http://www.a.gov.cn/").checksItself("https://www.a.gov.cn/b.html"))
        // A platform's channels leave even their own host's links to the coordinator.
        #expect(!Site(id: "2", name: "p1", url: "http://p.gov.cn/c1/", hostGroup: "平台").checksItself("http://p.gov.cn/c1/a.pdf"))
    }
}

@Suite("Link-check queue: a lease carries about a minute of a key's requests")
struct LinkCheckBatchTests {
    @Test("a lease's size follows the key's gap: a minute's requests, between the smallest batch and ten times it")
    func sizeFollowsTheGap() {
        let queue = LinkCheckQueue(batchSize: 60)
        #expect(queue.batchSize(for: PolitenessBudget(concurrency: 2, gapMilliseconds: 250)) == 240)
        #expect(queue.batchSize(for: PolitenessBudget(concurrency: 2, gapMilliseconds: 1000)) == 60)
        #expect(queue.batchSize(for: PolitenessBudget(concurrency: 1, gapMilliseconds: 5000)) == 60, "never fewer than the smallest batch")
        #expect(queue.batchSize(for: PolitenessBudget(concurrency: 8, gapMilliseconds: 20)) == 600, "never more than ten times it")
        #expect(queue.batchSize(for: PolitenessBudget(concurrency: 4, gapMilliseconds: 0)) == 600, "no gap: as fast as connections allow")
    }

    @Test("a lease takes at most the size asked for, in order, and the rest wait for the next")
    func takesTheSizeAskedFor() {
        var queue = LinkCheckQueue(batchSize: 60)
        for n in 0..<500 { queue.add(LinkCheckQueueTests.target("\(n)", host: "www.gov.cn"), key: "www.gov.cn:80") }
        let first = queue.take(for: "L1", key: "www.gov.cn:80", limit: 240)
        #expect(first.map(\.target) == (0..<240).map { "http://www.gov.cn/\($0)" })
        #expect(queue.waitingCount("www.gov.cn:80") == 260)
        queue.finished("L1", checked: Set(first.map(\.target)))
        #expect(queue.take(for: "L2", key: "www.gov.cn:80").count == 60, "without a size, the smallest batch")
        #expect(queue.take(for: "L3", key: "www.gov.cn:80", limit: 0).count == 1, "a lease carries at least one")
    }
}

@Suite("Link-check queue: a dead host with thousands of targets")
struct LinkCheckQueueLongKeyTests {
    @Test("thousands of targets under one key go out in batches in order; a batch handed back goes first; forgotten ones never go")
    func longKeyDrainsInOrder() {
        var queue = LinkCheckQueue(batchSize: 60)
        let targets = (0..<5000).map { LinkCheckQueueTests.target("\($0)", host: "dead.gov.cn") }
        for target in targets { queue.add(target, key: "dead:80") }
        queue.forget(Set(targets[100..<110].map(\.target)))
        var taken: [LinkTarget] = []
        var lease = 0
        while !queue.keysWithWork.isEmpty {
            lease += 1
            let batch = queue.take(for: "l\(lease)", key: "dead:80")
            #expect(batch.count <= 60)
            if lease == 3 {
                queue.returned("l3")  // expired: its targets wait again, first in line
                continue
            }
            taken += batch
            queue.finished("l\(lease)", checked: Set(batch.map(\.target)))
        }
        let expected = targets.filter { !(100..<110).contains(Int($0.target.split(separator: "/").last!)!) }
        #expect(taken.map(\.target) == expected.map(\.target))
        #expect(queue.isEmpty)
    }
}
