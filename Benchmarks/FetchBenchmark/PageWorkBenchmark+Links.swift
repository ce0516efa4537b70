import Fetching

extension PageWorkBenchmark {
    /// Resolves, admits and trap-checks every link of one page, as the crawl frontier does.
    static func admitAll(_ hrefs: [String], scope: CrawlScope, base: String, guardian: inout TrapGuard) -> Int {
        var admitted = 0
        for href in hrefs {
            guard let url = scope.admit(href, base: base) else { continue }
            if guardian.check(url) == nil { admitted += 1 }
        }
        return admitted
    }
}
