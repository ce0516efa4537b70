/// The sites waiting for a lease, in the order they go out, grouped by politeness key.
///
/// The lease scheduler hands out the first waiting site whose key no lease holds. A list walked
/// from the front would step over every waiting channel of a busy platform on each call: with a
/// platform of hundreds of channels and a call per finished site, that is time quadratic in the
/// sites. Here each key keeps its own queue and the keys free to go sit in a heap ordered by
/// their first site's place, so taking the next site costs O(log keys).
///
/// A site's place is a number: the inventory order gives 0, 1, 2, …; a site handed back goes to
/// the front with a number below every other (−1, −2, …), so the last one handed back goes first.
struct PendingSites: Sendable {
    /// Each key's waiting sites.
    private var queues: [String: KeyQueue] = [:]
    /// Keys that a lease holds: their sites wait.
    private var busy: Set<String> = []
    /// Free keys with waiting sites, by the place of their first site; entries go stale when the
    /// key's first site changes or the key is leased, and are dropped when they come up.
    private var ready = MinHeap()
    private var nextBack = 0
    private var nextFront = -1
    private(set) var count = 0

    struct Slot: Sendable {
        var siteID: String
        var place: Int
    }

    /// Adds `siteID` behind every waiting site.
    mutating func append(_ siteID: String, key: String) {
        let slot = Slot(siteID: siteID, place: nextBack)
        nextBack += 1
        queues[key, default: KeyQueue()].append(slot)
        count += 1
        if queues[key]!.count == 1 { offer(key) }
    }

    /// Puts `siteID` before every waiting site (a site handed back goes out first).
    mutating func prepend(_ siteID: String, key: String) {
        queues[key, default: KeyQueue()].prepend(Slot(siteID: siteID, place: nextFront))
        nextFront -= 1
        count += 1
        offer(key)
    }

    /// Takes the first waiting site whose key is free; nil when there is none.
    mutating func popFirstReady() -> (siteID: String, key: String)? {
        while let top = ready.popMin() {
            guard !busy.contains(top.key), let first = queues[top.key]?.first, first.place == top.place else { continue }
            queues[top.key]!.removeFirst()
            if queues[top.key]!.isEmpty { queues[top.key] = nil }
            count -= 1
            return (first.siteID, top.key)
        }
        return nil
    }

    /// A lease now holds `key`.
    mutating func markBusy(_ key: String) { busy.insert(key) }

    /// No lease holds `key` any more.
    mutating func markFree(_ key: String) {
        busy.remove(key)
        offer(key)
    }

    /// Whether sites of `key` wait.
    func hasWaiting(_ key: String) -> Bool { queues[key] != nil }

    /// Waiting sites by key.
    var waitingByKey: [String: Int] { queues.mapValues(\.count) }

    /// Removes `siteID` from `key`'s queue; false when it was not waiting.
    mutating func remove(_ siteID: String, key: String) -> Bool {
        guard queues[key]?.remove(where: { $0.siteID == siteID }) == 1 else { return false }
        if queues[key]!.isEmpty { queues[key] = nil }
        count -= 1
        offer(key)
        return true
    }

    /// Removes every site of `siteIDs` (sites an earlier run finished).
    mutating func remove(_ siteIDs: Set<String>) {
        guard !siteIDs.isEmpty else { return }
        for key in Array(queues.keys) {
            count -= queues[key]!.remove { siteIDs.contains($0.siteID) }
            if queues[key]!.isEmpty { queues[key] = nil } else { offer(key) }
        }
    }

    /// Puts `key` in the heap at its first site's place, when it is free and has one.
    private mutating func offer(_ key: String) {
        guard !busy.contains(key), let first = queues[key]?.first else { return }
        ready.push(Ready(place: first.place, key: key))
    }
}

/// One key's waiting sites: those handed back (last one first), then the rest in order.
struct KeyQueue: Sendable {
    /// Sites handed back; the last one goes first.
    private var front: [PendingSites.Slot] = []
    /// The others in order, from `head` on.
    private var back: [PendingSites.Slot] = []
    private var head = 0

    var count: Int { front.count + back.count - head }
    var isEmpty: Bool { count == 0 }
    var first: PendingSites.Slot? { front.last ?? (head < back.count ? back[head] : nil) }

    mutating func append(_ slot: PendingSites.Slot) { back.append(slot) }
    mutating func prepend(_ slot: PendingSites.Slot) { front.append(slot) }

    /// Drops the first site; call only when not empty.
    mutating func removeFirst() {
        if !front.isEmpty {
            front.removeLast()
            return
        }
        head += 1
        if head >= 64, head * 2 >= back.count {  // amortised: after at least as many removals as it moves
            back.removeFirst(head)
            head = 0
        }
    }

    /// Removes the sites that match; returns how many.
    mutating func remove(where matches: (PendingSites.Slot) -> Bool) -> Int {
        let before = count
        front.removeAll(where: matches)
        back = Array(back[head...].filter { !matches($0) })
        head = 0
        return before - count
    }
}

/// A key free to go and the place of its first waiting site.
struct Ready: Sendable {
    var place: Int
    var key: String
}

/// A binary min-heap of ``Ready`` entries by place.
struct MinHeap: Sendable {
    private var items: [Ready] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ item: Ready) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].place < items[parent].place else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popMin() -> Ready? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count, items[left].place < items[smallest].place { smallest = left }
            if right < items.count, items[right].place < items[smallest].place { smallest = right }
            guard smallest != parent else { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
