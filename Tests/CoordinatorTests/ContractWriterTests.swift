import Foundation
import GovSweepProtocol
import Rules
import Testing
@testable import Coordinator

@Suite("Contract files written one site at a time")
struct ContractWriterTests {
    /// What the export wrote before it went site by site: every record of the sweep sorted at once.
    static func wholeSweepFiles(_ verdicts: [SiteVerdict]) throws -> (findings: Data, columns: Data) {
        (try ContractExport.jsonLines(verdicts.flatMap(\.findings).sorted(by: Finding.exportOrder)),
         try ContractExport.jsonLines(verdicts.flatMap(\.columns).sorted(by: ColumnRecord.exportOrder)))
    }

    static func files(in directory: String) throws -> (findings: Data, columns: Data) {
        (try Data(contentsOf: URL(fileURLWithPath: directory + "/findings.jsonl")),
         try Data(contentsOf: URL(fileURLWithPath: directory + "/columns.jsonl")))
    }

    /// Verdicts of `sites` sites in a shuffled order, some sites in two parts, with findings equal
    /// in every sort key but their detail (their order must be kept) and unsorted records.
    static func verdicts(sites: Int, seed: UInt64) -> [SiteVerdict] {
        var random = SplitMix64(seed: seed)
        let checks: [CheckID] = [.linkBroken, .columnStale, .contentCopied, .policyNotInterpreted]
        var verdicts: [SiteVerdict] = []
        for number in 0..<sites {
            let site = Site(id: String(format: "36%08d", number * 7 % sites), name: "站点\(number)", url: "http://s\(number).gov.cn/")
            for part in 0..<(number % 5 == 0 ? 2 : 1) {
                let findings = (0..<Int.random(in: 0...12, using: &random)).map { n in
                    Finding(
                        siteID: site.id, check: checks[Int.random(in: 0..<checks.count, using: &random)], severity: .deduct,
                        url: "\(site.url)p\(Int.random(in: 0..<4, using: &random)).html",
                        target: Bool.random(using: &random) ? nil : "\(site.url)t\(Int.random(in: 0..<3, using: &random))",
                        points: 0.5, detail: "第\(part)部分第\(n)条")
                }
                let columns = (0..<Int.random(in: 0...4, using: &random)).map { n in
                    ColumnRecord(siteID: site.id, url: "\(site.url)col\(Int.random(in: 0..<3, using: &random))/", name: "栏目\(part)-\(n)",
                                 category: .news, latest: nil, items: n, source: .discovered)
                }
                verdicts.append(SiteVerdict(
                    site: site, findings: findings, columns: columns, score: 90, deducted: 10, passed: true, vetoes: [], warnings: []))
            }
        }
        return verdicts.shuffled(using: &random)
    }

    @Test("written site by site, the files are byte for byte those of sorting every record of the sweep at once")
    func sameAsWholeSweep() throws {
        for seed in [1, 2, 3] as [UInt64] {
            let verdicts = Self.verdicts(sites: 40, seed: seed)
            let directory = Harness.temporaryDirectory()
            let written = try ContractExport.write(verdicts, to: directory)
            let expected = try Self.wholeSweepFiles(verdicts)
            let files = try Self.files(in: directory)
            #expect(files.findings == expected.findings)
            #expect(files.columns == expected.columns)
            #expect(written.findings == verdicts.reduce(0) { $0 + $1.findings.count })
            #expect(written.columns == verdicts.reduce(0) { $0 + $1.columns.count })
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["columns.jsonl", "findings.jsonl"])
        }
    }

    @Test("a site out of order is refused and the files of an earlier export stay as they were")
    func outOfOrder() throws {
        let verdicts = Self.verdicts(sites: 6, seed: 9).sorted { $0.site.id < $1.site.id }
        let directory = Harness.temporaryDirectory()
        _ = try ContractExport.write(verdicts, to: directory)
        let before = try Self.files(in: directory)
        let writer = try ContractWriter(directory: directory)
        try writer.append(verdicts[verdicts.count - 1])
        #expect(throws: ContractWriter.OutOfOrder.self) { try writer.append(verdicts[0]) }
        let after = try Self.files(in: directory)
        #expect(after.findings == before.findings)
        #expect(after.columns == before.columns)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["columns.jsonl", "findings.jsonl"])
    }

    @Test("a stored sweep judged one site at a time gives the files of judging every site first, copied articles included")
    func storedSweep() throws {
        let directory = Harness.temporaryDirectory()
        let store = try SweepStore(path: directory + "/db.sqlite")
        let sites = Harness.sites(4)
        let record = SweepRecord(
            id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions())
        try store.createSweep(record, sites: sites, columns: [:])
        let body = BodySignature(minHashes: (0..<UInt32(BodySignature.size)).map { $0 &* 2_654_435_761 }, length: 400)
        // Sites are stored in reverse, so crawl order and site-id order differ.
        for (number, site) in sites.enumerated().reversed() {
            let home = PageReport(url: site.url, status: 200, role: .homepage, kind: .homepage)
            var article = PageReport(
                url: site.url + "gzdt/1.html", status: 200, role: .article, kind: .article,
                published: CivilDate(year: 2023, month: 12, day: 1 + number))
            article.body = body
            try store.commit(
                Batch(batchID: "b-\(number)", leaseID: "l", siteID: site.id, pages: [home, article], links: [], frontier: []),
                sweepID: "s", now: 1)
        }
        let judgement = try SweepJudgement(store: store, sweep: record, rules: .builtIn)
        #expect(judgement.sitesByID.map(\.site.id) == sites.map(\.id))
        let written = try ContractExport.write(judgement, to: directory + "/out")
        let verdicts = try SweepJudgement.verdicts(store: store, sweep: record, rules: .builtIn)
        let expected = try Self.wholeSweepFiles(verdicts)
        let files = try Self.files(in: directory + "/out")
        #expect(files.findings == expected.findings)
        #expect(files.columns == expected.columns)
        #expect(written.findings == verdicts.reduce(0) { $0 + $1.findings.count })
        let copies = verdicts.flatMap(\.findings).filter { $0.check == .contentCopied }
        #expect(copies.map(\.siteID) == Array(sites.map(\.id).dropFirst()), "every later site copies the first one's article")
        #expect(copies.allSatisfy { $0.target == sites[0].url + "gzdt/1.html" })
    }

    @Test("sites judged on every core reach the writer in the order given, each verdict the one judged alone")
    func concurrentJudgingKeepsOrder() throws {
        let store = try SweepStore(path: Harness.temporaryDirectory() + "/db.sqlite")
        // More sites than one round of SweepJudgement.sitesPerRound, with different numbers of pages.
        let sites = Harness.sites(SweepJudgement.sitesPerRound * 2 + 5)
        let record = SweepRecord(
            id: "s", createdAt: 0, state: .running, settings: SweepSettings(asOf: Harness.asOf), options: SweepOptions())
        try store.createSweep(record, sites: sites, columns: [:])
        for (number, site) in sites.enumerated() {
            var pages = [PageReport(url: site.url, status: 200, role: .homepage, kind: .homepage)]
            for day in 0..<(number % 5) {
                pages.append(PageReport(url: site.url + "gzdt/\(day).html", status: day == 2 ? 404 : 200, role: .article, kind: .article,
                                        published: CivilDate(year: 2023, month: 6, day: 1 + day)))
            }
            try store.commit(Batch(batchID: "b-\(number)", leaseID: "l", siteID: site.id, pages: pages, links: [], frontier: []),
                             sweepID: "s", now: 1)
        }
        let judgement = try SweepJudgement(store: store, sweep: record, rules: .builtIn)
        let order = judgement.sites.shuffled()
        var handed: [(String, SiteVerdict)] = []
        try judgement.forEachVerdict(of: order) { stored, verdict in handed.append((stored.site.id, verdict)) }
        #expect(handed.map(\.0) == order.map(\.site.id))
        #expect(handed.allSatisfy { $0.0 == $0.1.site.id })
        #expect(try handed.map(\.1) == order.map { try judgement.verdict(for: $0) })
    }
}
