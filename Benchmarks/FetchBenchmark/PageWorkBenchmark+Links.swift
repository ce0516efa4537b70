import Fetching

extension PageWorkBenchmark {
    /// Resolves, admits and trap-checks every link of one page, each with the page's URL as a string.
    static func admitAll(_ hrefs: [String], scope: CrawlScope, base: String, guardian: inout TrapGuard) -> Int {
        var admitted = 0
        for href in hrefs {
            guard let url = scope.admit(href, base: base) else { continue }
            if guardian.check(url) == nil { admitted += 1 }
        }
        return admitted
    }

    /// Resolves, admits and trap-checks every link of one page, as the crawl frontier does: the
    /// page's URL prepared once, each distinct reference resolved once.
    static func admitAllPrepared(_ hrefs: [String], scope: CrawlScope, base: String, guardian: inout TrapGuard) -> Int {
        let prepared = URLNormalizer.Base(base)
        var resolved: [String: String?] = [:]
        var admitted = 0
        for href in hrefs {
            let url: String?
            if let known = resolved[href] {
                url = known
            } else {
                url = scope.admit(href, base: prepared)
                resolved[href] = .some(url)
            }
            guard let url else { continue }
            if guardian.check(url) == nil { admitted += 1 }
        }
        return admitted
    }
}
