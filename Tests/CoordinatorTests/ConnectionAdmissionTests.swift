import Testing
@testable import Coordinator

@Suite("Connection admission")
struct ConnectionAdmissionTests {
    func machine(pool: Int = 8, perAddress: Int = 3, reserved: Int = 2, total: Int = 100) -> ConnectionAdmission {
        ConnectionAdmission(limits: .init(
            maximumConnections: total, maximumUnauthenticated: pool, perAddress: perAddress, reservedForKnownPeers: reserved))
    }

    @Test("one address gets at most its share of the handshake pool")
    func perAddressLimit() {
        var admission = machine()
        let first = (1...3).map { admission.arrive($0, from: "10.0.0.9") }
        #expect(first == [.admit, .admit, .admit])
        let decision1 = admission.arrive(4, from: "10.0.0.9")
        #expect(decision1 == .refuse(.tooManyFromAddress))
        let decision2 = admission.arrive(5, from: "10.0.0.1")
        #expect(decision2 == .admit)
        admission.closed(1)
        let decision3 = admission.arrive(6, from: "10.0.0.9")
        #expect(decision3 == .admit)
    }

    @Test("the reserved places admit only addresses that authenticated before")
    func reservedForKnownPeers() {
        var admission = machine(pool: 8, perAddress: 8, reserved: 2)
        let decision4 = admission.arrive(1, from: "worker")
        #expect(decision4 == .admit)
        let decision5 = admission.authenticated(1)
        #expect(decision5)
        #expect(admission.isKnown("worker"))
        // Six strangers from six addresses fill the open part of the pool.
        for id in 10..<16 { let decision6 = admission.arrive(id, from: "stranger-\(id)"); #expect(decision6 == .admit) }
        let decision7 = admission.arrive(20, from: "stranger-20")
        #expect(decision7 == .refuse(.handshakePoolFull))
        let decision8 = admission.arrive(21, from: "worker")
        #expect(decision8 == .admit)
        let decision9 = admission.arrive(22, from: "worker")
        #expect(decision9 == .admit)
        #expect(admission.unauthenticatedConnections == 8)
    }

    @Test("a newcomer takes the place of the busiest address's oldest connection when the pool is full")
    func eviction() {
        var admission = machine(pool: 4, perAddress: 4, reserved: 0)
        for id in 1...4 { let decision10 = admission.arrive(id, from: "flood"); #expect(decision10 == .admit) }
        let decision11 = admission.arrive(5, from: "worker")
        #expect(decision11 == .admitEvicting(evicted: 1))
        #expect(admission.unauthenticated(from: "flood") == 3)
        let decision12 = admission.arrive(6, from: "other")
        #expect(decision12 == .admitEvicting(evicted: 2))
        // Now flood 2, worker 1, other 1: a third address still displaces the flood...
        let decision13 = admission.arrive(7, from: "third")
        #expect(decision13 == .admitEvicting(evicted: 3))
        // ...but flood (1 left) cannot displace anyone holding as many as it does.
        let decision14 = admission.arrive(8, from: "flood")
        #expect(decision14 == .refuse(.handshakePoolFull))
    }

    @Test("authenticated sessions leave the pool and count only against the total")
    func authenticatedLeaveThePool() {
        var admission = machine(pool: 2, perAddress: 2, reserved: 0, total: 3)
        let decision15 = admission.arrive(1, from: "a")
        #expect(decision15 == .admit)
        let decision16 = admission.arrive(2, from: "a")
        #expect(decision16 == .admit)
        admission.authenticated(1)
        admission.authenticated(2)
        #expect(admission.unauthenticatedConnections == 0)
        let decision17 = admission.arrive(3, from: "a")
        #expect(decision17 == .admit)
        let decision18 = admission.arrive(4, from: "b")
        #expect(decision18 == .refuse(.tooManyConnections))
        admission.closed(1)
        let decision19 = admission.arrive(5, from: "b")
        #expect(decision19 == .admit)
        #expect(admission.openConnections == 3)
    }

    @Test("an evicted connection that finishes its handshake afterwards is not let in")
    func evictedThenAuthenticated() {
        var admission = machine(pool: 1, perAddress: 1, reserved: 0)
        let decision20 = admission.arrive(1, from: "slow")
        #expect(decision20 == .admit)
        let decision21 = admission.arrive(2, from: "a")
        #expect(decision21 == .refuse(.handshakePoolFull))
        var pool = machine(pool: 2, perAddress: 2, reserved: 0)
        let decision22 = pool.arrive(1, from: "x")
        #expect(decision22 == .admit)
        let decision23 = pool.arrive(2, from: "x")
        #expect(decision23 == .admit)
        let decision24 = pool.arrive(3, from: "y")
        #expect(decision24 == .admitEvicting(evicted: 1))
        let decision25 = pool.authenticated(1)
        #expect(!decision25)
        let decision26 = pool.authenticated(3)
        #expect(decision26)
        pool.closed(1)
        #expect(pool.openConnections == 2)
    }

    /// A flood from many addresses, re-opened as fast as it is closed, against one worker address:
    /// whatever the order, the worker is always admitted and the pool never exceeds its bound.
    @Test("10,000 random arrivals and closes keep every bound, and a known worker always gets in")
    func randomFlood() {
        var admission = machine(pool: 16, perAddress: 4, reserved: 4, total: 64)
        let decision27 = admission.arrive(0, from: "worker")
        #expect(decision27 == .admit)
        admission.authenticated(0)
        var open: [Int] = []
        var generator = SystemRandomNumberGenerator()
        for id in 1...10_000 {
            if !open.isEmpty, Bool.random(using: &generator) {
                admission.closed(open.remove(at: Int.random(in: 0..<open.count, using: &generator)))
            }
            let address = "flood-\(Int.random(in: 0..<40, using: &generator))"
            switch admission.arrive(id, from: address) {
            case .admit: open.append(id)
            case .admitEvicting(let evicted):
                open.removeAll { $0 == evicted }
                admission.closed(evicted)
                open.append(id)
            case .refuse: break
            }
            #expect(admission.unauthenticatedConnections <= 16)
            #expect(admission.unauthenticated(from: address) <= 4)
            if id % 500 == 0 {
                let worker = 100_000 + id
                let decision = admission.arrive(worker, from: "worker")
                #expect(decision != .refuse(.handshakePoolFull) && decision != .refuse(.tooManyFromAddress), "worker refused: \(decision)")
                let decision28 = admission.authenticated(worker)
                #expect(decision28)
            }
        }
    }
}
