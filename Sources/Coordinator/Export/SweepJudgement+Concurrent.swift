import Dispatch
import Rules
import Synchronization

extension SweepJudgement {
    /// Sites judged at once per round of ``forEachVerdict(of:_:)``: enough that one large site
    /// (a platform of thousands of pages) leaves the other cores other sites to judge, few enough
    /// that the verdicts waiting to be handed on stay small.
    static let sitesPerRound = 16

    /// Judges `sites` on every core and hands each verdict to `body` in the order of `sites`, one
    /// at a time on the calling thread, so a writer sees the same sequence as from a plain loop.
    ///
    /// Sites are judged in rounds of ``sitesPerRound``; only a round's verdicts (and the page
    /// reports of the sites being judged, one per core) are held at once. A site that cannot be
    /// read stops the walk with its error after the verdicts before it were handed on.
    public func forEachVerdict(of sites: [StoredSite], _ body: (StoredSite, SiteVerdict) throws -> Void) throws {
        var start = sites.startIndex
        while start < sites.endIndex {
            let round = Array(sites[start..<min(start + Self.sitesPerRound, sites.endIndex)])
            let results = Mutex([Result<SiteVerdict, StoreError>?](repeating: nil, count: round.count))
            DispatchQueue.concurrentPerform(iterations: round.count) { position in
                let result: Result<SiteVerdict, StoreError>
                do throws(StoreError) {
                    result = .success(try verdict(for: round[position]))
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[position] = result }
            }
            let verdicts = results.withLock { $0 }
            for (stored, outcome) in zip(round, verdicts) {
                // concurrentPerform returns once every iteration has run, so each slot is filled.
                try body(stored, try outcome!.get())
            }
            start += round.count
        }
    }
}
