import Testing
@testable import Coordinator

@Suite("Lease scheduler")
struct LeaseSchedulerTests {
    func scheduler(_ sites: [(String, String)], lease: Double = 30) -> LeaseScheduler {
        LeaseScheduler(sites: sites.map { .init(siteID: $0.0, politenessKey: $0.1) }, leaseSeconds: lease, leasePrefix: "t")
    }

    @Test("work goes to connected workers up to their capacity")
    func capacity() {
        var s = scheduler((1...5).map { ("s\($0)", "h\($0)") })
        #expect(s.assign(now: 0).isEmpty)
        s.workerConnected("a", capacity: 2)
        s.workerConnected("b", capacity: 1)
        let leases = s.assign(now: 0)
        #expect(leases.count == 3)
        #expect(leases.filter { $0.workerID == "a" }.count == 2)
        #expect(leases.filter { $0.workerID == "b" }.count == 1)
        #expect(s.assign(now: 1).isEmpty)
        #expect(s.progress == .init(total: 5, done: 0, leased: 3))
    }

    @Test("sites sharing a politeness key are never leased at once")
    func politenessKey() {
        var s = scheduler([("a1", "platform"), ("a2", "platform"), ("b", "other")])
        s.workerConnected("w1", capacity: 5)
        s.workerConnected("w2", capacity: 5)
        let first = s.assign(now: 0)
        #expect(Set(first.map(\.siteID)) == ["a1", "b"])
        #expect(s.complete(first.first { $0.siteID == "a1" }!.id) == "a1")
        #expect(s.assign(now: 1).map(\.siteID) == ["a2"])
    }

    @Test("an unrenewed lease expires and its site goes to another worker")
    func expiry() {
        var s = scheduler([("x", "hx")], lease: 10)
        s.workerConnected("dead", capacity: 1)
        let lease = s.assign(now: 0)[0]
        s.workerDisconnected("dead")
        #expect(s.expire(now: 9.9).isEmpty)
        #expect(s.expire(now: 10).map(\.siteID) == ["x"])
        s.workerConnected("alive", capacity: 1)
        let again = s.assign(now: 11)
        #expect(again.map(\.workerID) == ["alive"])
        #expect(again[0].id != lease.id)
        #expect(s.complete(lease.id) == nil, "the expired lease no longer completes the site")
        #expect(s.complete(again[0].id) == "x")
        #expect(s.isComplete)
    }

    @Test("heartbeats renew only the sender's own leases")
    func heartbeats() {
        var s = scheduler([("x", "hx"), ("y", "hy")], lease: 10)
        s.workerConnected("a", capacity: 1)
        s.workerConnected("b", capacity: 1)
        let leases = s.assign(now: 0)
        let ofA = leases.first { $0.workerID == "a" }!
        let ofB = leases.first { $0.workerID == "b" }!
        #expect(s.heartbeat(from: "a", holding: [ofA.id, ofB.id], now: 8) == [ofB.id])
        let expired = s.expire(now: 12)
        #expect(expired.map(\.id) == [ofB.id])
    }

    @Test("released sites are handed out first")
    func release() {
        var s = scheduler([("x", "hx"), ("y", "hy"), ("z", "hz")])
        s.workerConnected("a", capacity: 1)
        let lease = s.assign(now: 0)[0]
        #expect(lease.siteID == "x")
        #expect(s.release([lease.id], by: "someone-else").isEmpty)
        #expect(s.release([lease.id], by: "a").map(\.siteID) == ["x"])
        #expect(s.assign(now: 1).map(\.siteID) == ["x"])
    }

    @Test("sites finished before a restart are not handed out again")
    func restore() {
        var s = scheduler([("x", "hx"), ("y", "hy")])
        s.restoreDone(["x", "unknown"])
        s.workerConnected("a", capacity: 4)
        #expect(s.assign(now: 0).map(\.siteID) == ["y"])
        #expect(s.progress.done == 1)
    }
}

@Suite("Lease scheduler after a coordinator restart")
struct LeaseRestoreTests {
    @Test("a restored lease stays with its worker while heartbeats renew it, and expires otherwise")
    func restoredLease() {
        var s = LeaseScheduler(
            sites: [.init(siteID: "x", politenessKey: "hx"), .init(siteID: "y", politenessKey: "hy")], leaseSeconds: 10,
            leasePrefix: "new")
        s.restoreLease(id: "old-3", siteID: "x", workerID: "w1", now: 0)
        s.workerConnected("w2", capacity: 4)
        #expect(s.assign(now: 1).map(\.siteID) == ["y"], "x stays with w1")
        #expect(s.heartbeat(from: "w1", holding: ["old-3"], now: 8).isEmpty)
        #expect(!s.expire(now: 12).map(\.id).contains("old-3"))
        #expect(s.complete("old-3") == "x")
        var silent = LeaseScheduler(sites: [.init(siteID: "x", politenessKey: "hx")], leaseSeconds: 10, leasePrefix: "new")
        silent.restoreLease(id: "old-3", siteID: "x", workerID: "gone", now: 0)
        #expect(silent.expire(now: 10).map(\.siteID) == ["x"])
    }
}

@Suite("Lease scheduler: link-check leases")
struct LinkCheckLeaseSchedulingTests {
    @Test("a key's link checks wait for its sites, and the two never hold one key at once")
    func keysAreExclusiveAndSitesGoFirst() {
        var s = LeaseScheduler(
            sites: [.init(siteID: "p1", politenessKey: "group:p"), .init(siteID: "p2", politenessKey: "group:p"),
                    .init(siteID: "y", politenessKey: "hy")],
            leaseSeconds: 10, leasePrefix: "t")
        s.workerConnected("w1", capacity: 5)
        s.workerConnected("w2", capacity: 5)
        let first = s.assign(now: 0, linkCheckKeys: ["group:p", "other:80"])
        #expect(first.compactMap(\.siteID).sorted() == ["p1", "y"])
        #expect(first.filter { $0.work == .linkChecks }.map(\.politenessKey) == ["other:80"])
        let channel = first.first { $0.siteID == "p1" }!
        #expect(s.complete(channel.id) == "p1")
        // The platform's next channel goes before its link checks.
        let second = s.assign(now: 1, linkCheckKeys: ["group:p", "hy"])
        #expect(second.compactMap(\.siteID) == ["p2"])
        #expect(second.allSatisfy { $0.work != .linkChecks }, "hy is busy with its crawl, group:p with p2")
        let lastChannel = second[0]
        #expect(s.complete(lastChannel.id) == "p2")
        let checks = s.assign(now: 2, linkCheckKeys: ["group:p"])
        #expect(checks.map(\.work) == [.linkChecks])
        #expect(s.complete(checks[0].id) == nil, "a link-check lease is not a site")
        #expect(s.completeLinkChecks(checks[0].id)?.id == checks[0].id)
        #expect(s.progress.leased == 1, "only site leases count as sites in progress")
    }

    @Test("an expired or released link-check lease frees its key and puts back no site")
    func expiryAndRelease() {
        var s = LeaseScheduler(sites: [.init(siteID: "x", politenessKey: "hx")], leaseSeconds: 10, leasePrefix: "t")
        s.workerConnected("w1", capacity: 1)
        let site = s.assign(now: 0, linkCheckKeys: ["other"])
        #expect(site.compactMap(\.siteID) == ["x"], "capacity 1 goes to the site")
        #expect(s.complete(site[0].id) == "x")
        let lease = s.assign(now: 1, linkCheckKeys: ["other"])[0]
        #expect(s.assign(now: 2, linkCheckKeys: ["hx"]).isEmpty, "capacity 1 is taken by the checks")
        let expired = s.expire(now: 11)
        #expect(expired.map(\.id) == [lease.id])
        #expect(s.progress.pending == 0 && s.progress.done == 1, "an expired link-check lease puts back no site")
        #expect(s.assign(now: 12, linkCheckKeys: ["other"]).isEmpty, "w1 went silent: no work until it is heard from")
        s.heartbeat(from: "w1", holding: [], now: 12)
        let again = s.assign(now: 12, linkCheckKeys: ["other"])[0]
        #expect(again.work == .linkChecks)
        let released = s.release([again.id], by: "w1")
        #expect(released.map(\.id) == [again.id])
        #expect(s.assign(now: 13, linkCheckKeys: ["other"]).map(\.politenessKey) == ["other"], "the key is free again")
    }
}

@Suite("Lease scheduler: silent workers")
struct SilentWorkerTests {
    @Test("a worker whose leases expired while it stayed connected (frozen) gets no work until it is heard from")
    func frozenWorkerGetsNoWork() {
        var s = LeaseScheduler(sites: [.init(siteID: "x", politenessKey: "hx"), .init(siteID: "y", politenessKey: "hy")], leaseSeconds: 10, leasePrefix: "t")
        s.workerConnected("frozen", capacity: 2)
        let first = s.assign(now: 0)
        #expect(first.count == 2)
        #expect(s.expire(now: 10).count == 2)
        #expect(s.isSilent("frozen"))
        #expect(s.assign(now: 11).isEmpty, "the expired sites must not go back to the frozen worker")
        s.workerConnected("fresh", capacity: 2)
        #expect(Set(s.assign(now: 12).map(\.workerID)) == ["fresh"])
        // Resumed, it names its old leases: they are not its own any more; it may take new work.
        #expect(s.heartbeat(from: "frozen", holding: first.map(\.id), now: 13) == first.map(\.id))
        #expect(!s.isSilent("frozen"))
        #expect(!s.holds(first[0].id, workerID: "frozen"))
    }

    @Test("a batch's lease is held only by the worker it was granted to, until it ends")
    func holds() {
        var s = LeaseScheduler(sites: [.init(siteID: "x", politenessKey: "hx")], leaseSeconds: 10, leasePrefix: "t")
        s.workerConnected("a", capacity: 1)
        let lease = s.assign(now: 0)[0]
        #expect(s.holds(lease.id, workerID: "a"))
        #expect(!s.holds(lease.id, workerID: "b"))
        _ = s.release([lease.id], by: "a")
        #expect(!s.holds(lease.id, workerID: "a"))
    }
}

@Suite("Lease scheduler: order")
struct LeaseOrderTests {
    @Test("the key with the most sites starts first; otherwise inventory order")
    func biggestKeyFirst() {
        var s = LeaseScheduler(
            sites: [
                .init(siteID: "solo1", politenessKey: "a"), .init(siteID: "p1", politenessKey: "group:p"),
                .init(siteID: "solo2", politenessKey: "b"), .init(siteID: "p2", politenessKey: "group:p"),
                .init(siteID: "p3", politenessKey: "group:p"),
            ], leaseSeconds: 10, leasePrefix: "t")
        s.workerConnected("w", capacity: 2)
        let first = s.assign(now: 0)
        #expect(first.compactMap(\.siteID) == ["p1", "solo1"])
        let p1 = first[0].id
        #expect(s.complete(p1) == "p1")
        let second = s.assign(now: 1)
        #expect(second.compactMap(\.siteID) == ["p2"], "the platform's next channel follows at once")
    }
}

@Suite("Lease scheduler: renewal from connection activity")
struct LeaseRenewalTests {
    @Test("renewing a worker's leases keeps them past their expiry; other workers' leases still expire")
    func renewAll() {
        var s = LeaseScheduler(
            sites: [.init(siteID: "x", politenessKey: "hx"), .init(siteID: "y", politenessKey: "hy")], leaseSeconds: 10,
            leasePrefix: "t")
        s.workerConnected("busy", capacity: 1)
        s.workerConnected("quiet", capacity: 1)
        let leases = s.assign(now: 0)
        let busy = leases.first { $0.workerID == "busy" }!
        s.heartbeat(from: "busy", holding: [busy.id], now: 0.5)
        s.renewLeases(of: "busy", now: 8)
        let expired = s.expire(now: 12)
        #expect(expired.map(\.workerID) == ["quiet"])
        #expect(s.leases[busy.id] != nil)
    }

    @Test("a lease its worker never named is not renewed by the connection's traffic: a lost assignment expires")
    func unconfirmedLeaseExpires() {
        var s = LeaseScheduler(
            sites: [.init(siteID: "x", politenessKey: "hx"), .init(siteID: "y", politenessKey: "hy")], leaseSeconds: 10,
            leasePrefix: "t")
        s.workerConnected("w", capacity: 2)
        let granted = s.assign(now: 0)
        #expect(granted.count == 2)
        let (known, lost) = (granted[0], granted[1])
        // The worker names only the lease whose assignment reached it; its traffic goes on.
        var expired: [String] = []
        for now in stride(from: 1.0, through: 19, by: 1) {
            s.heartbeat(from: "w", holding: [known.id], now: now)
            s.renewLeases(of: "w", now: now)
            expired += s.expire(now: now).map(\.id)
        }
        #expect(expired == [lost.id])
        #expect(s.leases[known.id] != nil)
        #expect(s.leases[lost.id] == nil)
        #expect(s.assign(now: 19).compactMap(\.siteID) == [lost.siteID!], "the lost site goes out again")
    }

    @Test("a lease restored after a coordinator restart that its reconnected worker does not name expires")
    func unconfirmedRestoredLeaseExpires() {
        var s = LeaseScheduler(
            sites: [.init(siteID: "x", politenessKey: "hx"), .init(siteID: "y", politenessKey: "hy")], leaseSeconds: 10,
            leasePrefix: "new")
        // The earlier process recorded both, but only one assignment reached the worker before it died.
        s.restoreLease(id: "old-1", siteID: "x", workerID: "w", now: 0)
        s.restoreLease(id: "old-2", siteID: "y", workerID: "w", now: 0)
        s.workerConnected("w", capacity: 2)
        for now in stride(from: 1.0, through: 10, by: 1) {
            s.heartbeat(from: "w", holding: ["old-1"], now: now)
            s.renewLeases(of: "w", now: now)
        }
        #expect(s.expire(now: 10.5).map(\.id) == ["old-2"])
        #expect(s.leases["old-1"] != nil)
    }
}

@Suite("Lease scheduler: a large platform")
struct LeaseSchedulerPlatformTests {
    @Test("while a platform's channel is leased its other channels wait and every other site goes out in order")
    func platformChannelsWait() {
        let channels = (0..<300).map { LeaseScheduler.Entry(siteID: "p\($0)", politenessKey: "group:platform") }
        let others = (0..<50).map { LeaseScheduler.Entry(siteID: "s\($0)", politenessKey: "h\($0)") }
        var s = LeaseScheduler(sites: others + channels, leaseSeconds: 30, leasePrefix: "t")
        #expect(s.waitingSitesByKey["group:platform"] == 300)
        s.workerConnected("w", capacity: 10)
        // The platform holds the most sites, so its first channel goes first, then the others in order.
        var granted = s.assign(now: 0)
        #expect(granted.compactMap(\.siteID) == ["p0"] + (0..<9).map { "s\($0)" })
        for step in 1...41 {
            let lease = granted.first { $0.siteID != "p\(step - 1)" && $0.siteID?.hasPrefix("s") == true }!
            #expect(s.complete(lease.id) != nil)
            granted.removeAll { $0.id == lease.id }
            let next = s.assign(now: Double(step))
            #expect(next.compactMap(\.siteID) == ["s\(step + 8)"])
            granted += next
        }
        #expect(s.waitingSitesByKey["group:platform"] == 299)
        // The channel ends: the next channel goes out, in inventory order.
        let channel = granted.first { $0.siteID == "p0" }!
        #expect(s.complete(channel.id) == "p0")
        #expect(s.assign(now: 50).compactMap(\.siteID) == ["p1"])
        #expect(s.waitingSitesByKey["group:platform"] == 298)
    }

    @Test("a channel handed back goes out before the channels that never went")
    func releasedChannelFirst() {
        let channels = (0..<5).map { LeaseScheduler.Entry(siteID: "p\($0)", politenessKey: "group:platform") }
        var s = LeaseScheduler(sites: channels, leaseSeconds: 30, leasePrefix: "t")
        s.workerConnected("w", capacity: 3)
        let first = s.assign(now: 0)
        #expect(first.compactMap(\.siteID) == ["p0"])
        #expect(s.release([first[0].id], by: "w").count == 1)
        #expect(s.assign(now: 1).compactMap(\.siteID) == ["p0"])
    }
}
