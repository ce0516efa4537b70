/// Which connections the coordinator lets into the handshake: a pure state machine.
///
/// Unauthenticated connections share a bounded pool. No address may hold more than its share of
/// that pool, and part of it is kept for addresses that have completed a handshake before, so a
/// stranger re-opening connections as fast as they close cannot keep the workers out:
///
/// - an address already holding `perAddress` unauthenticated connections is refused;
/// - while the open part of the pool has room, anyone is admitted;
/// - the reserved part admits only addresses that authenticated before;
/// - when the pool is full, a newcomer from an address holding fewer connections than the busiest
///   address takes the place of that address's oldest connection, which the shell closes.
///
/// Authenticated sessions leave the pool; they count only against `maximumConnections`. The shell
/// calls ``arrive(_:from:)``, ``authenticated(_:)`` and ``closed(_:)`` and carries out the decisions.
public struct ConnectionAdmission: Sendable {
    /// The limits the machine enforces.
    public struct Limits: Sendable, Hashable {
        /// Connections of every kind, authenticated or not.
        public var maximumConnections: Int
        /// Unauthenticated connections at once (the pool).
        public var maximumUnauthenticated: Int
        /// Unauthenticated connections from one peer address at once.
        public var perAddress: Int
        /// Places of the pool only addresses that authenticated before may take (at most a quarter of it).
        public var reservedForKnownPeers: Int
        /// Addresses remembered as known; the least recently authenticated is forgotten first.
        public var knownAddressMemory: Int

        public init(
            maximumConnections: Int = 512, maximumUnauthenticated: Int = 64, perAddress: Int = 8,
            reservedForKnownPeers: Int = 16, knownAddressMemory: Int = 4096
        ) {
            self.maximumConnections = max(1, maximumConnections)
            self.maximumUnauthenticated = max(1, maximumUnauthenticated)
            self.perAddress = max(1, perAddress)
            self.reservedForKnownPeers = min(max(0, reservedForKnownPeers), self.maximumUnauthenticated / 4)
            self.knownAddressMemory = max(1, knownAddressMemory)
        }
    }

    /// What to do with a new connection.
    public enum Decision: Sendable, Hashable {
        /// Let it into the handshake.
        case admit
        /// Let it in, and close the unauthenticated connection `evicted` to make room.
        case admitEvicting(evicted: Int)
        /// Refuse it at once, for `reason`.
        case refuse(Refusal)
    }

    /// Why a connection was refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// Every connection place is taken.
        case tooManyConnections
        /// The address already holds its share of unauthenticated connections.
        case tooManyFromAddress
        /// The pool is full and this address holds as many of it as any other.
        case handshakePoolFull
    }

    private struct Pending {
        let address: String
        let order: Int
    }

    public let limits: Limits
    private var pending: [Int: Pending] = [:]
    private var pendingByAddress: [String: [Int]] = [:]
    private var authenticatedIDs: Set<Int> = []
    private var known: [String: Int] = [:]
    private var arrivals = 0

    public init(limits: Limits) {
        self.limits = limits
    }

    /// Connections open now, authenticated or not.
    public var openConnections: Int { pending.count + authenticatedIDs.count }
    /// Connections still in the handshake.
    public var unauthenticatedConnections: Int { pending.count }

    /// Unauthenticated connections from `address` now.
    public func unauthenticated(from address: String) -> Int {
        pendingByAddress[address]?.count ?? 0
    }

    /// True when `address` completed a handshake before (and is still remembered).
    public func isKnown(_ address: String) -> Bool {
        known[address] != nil
    }

    /// Connection `id` arrived from `address`.
    public mutating func arrive(_ id: Int, from address: String) -> Decision {
        guard openConnections < limits.maximumConnections else { return .refuse(.tooManyConnections) }
        let mine = unauthenticated(from: address)
        guard mine < limits.perAddress else { return .refuse(.tooManyFromAddress) }
        let openPart = limits.maximumUnauthenticated - limits.reservedForKnownPeers
        if pending.count < openPart || (pending.count < limits.maximumUnauthenticated && isKnown(address)) {
            add(id, address)
            return .admit
        }
        guard let (busiest, count) = busiestAddress(), count > mine + 1, let oldest = pendingByAddress[busiest]?.first else {
            return .refuse(.handshakePoolFull)
        }
        remove(oldest)
        add(id, address)
        return .admitEvicting(evicted: oldest)
    }

    /// Connection `id` completed the handshake: it leaves the pool and its address becomes known.
    /// False when the connection was evicted meanwhile: the shell closes it.
    @discardableResult
    public mutating func authenticated(_ id: Int) -> Bool {
        guard let entry = pending[id] else { return false }
        remove(id)
        authenticatedIDs.insert(id)
        arrivals += 1
        known[entry.address] = arrivals
        if known.count > limits.knownAddressMemory, let stalest = known.min(by: { $0.value < $1.value })?.key {
            known[stalest] = nil
        }
        return true
    }

    /// Connection `id` closed (whether it was admitted, evicted or authenticated).
    public mutating func closed(_ id: Int) {
        authenticatedIDs.remove(id)
        remove(id)
    }

    private mutating func add(_ id: Int, _ address: String) {
        arrivals += 1
        pending[id] = Pending(address: address, order: arrivals)
        pendingByAddress[address, default: []].append(id)
    }

    private mutating func remove(_ id: Int) {
        guard let entry = pending.removeValue(forKey: id) else { return }
        pendingByAddress[entry.address]?.removeAll { $0 == id }
        if pendingByAddress[entry.address]?.isEmpty == true { pendingByAddress[entry.address] = nil }
    }

    /// The address holding most unauthenticated connections (the one whose oldest arrived first on a tie).
    private func busiestAddress() -> (String, Int)? {
        var best: (address: String, count: Int, order: Int)?
        for (address, ids) in pendingByAddress {
            guard let first = ids.first, let order = pending[first]?.order else { continue }
            if best == nil || ids.count > best!.count || (ids.count == best!.count && order < best!.order) {
                best = (address, ids.count, order)
            }
        }
        return best.map { ($0.address, $0.count) }
    }
}
