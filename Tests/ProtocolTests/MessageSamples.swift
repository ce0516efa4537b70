@testable import GovSweepProtocol

/// One realistic instance of every message type.
enum MessageSamples {
    static let asOf = CivilDate(year: 2024, month: 1, day: 15)!

    static let site = Site(
        id: "3611000003", name: "上饶市人民政府", url: "http://www.zgsr.gov.cn/", unit: "上饶市人民政府办公室",
        region: "上饶市", level: .city, hostGroup: "srjyh")

    static let column = ColumnRef(name: "工作动态", url: "http://www.zgsr.gov.cn/col/gzdt/index.html", category: .news)

    static let page = PageReport(
        url: "http://www.zgsr.gov.cn/col/gzdt/index.html", status: 200, role: .column, kind: .columnList,
        title: "工作动态", column: column,
        items: [
            DatedItem(url: "http://www.zgsr.gov.cn/col/gzdt/202401/t20240112_1.html", title: "市政府召开常务会议", date: CivilDate(year: 2024, month: 1, day: 12)),
            DatedItem(url: nil, title: "无日期条目", date: nil),
        ],
        identity: IdentityMarks(siteIDCode: "3611000003", icp: "赣ICP备05004019号", conacBadge: true),
        hits: [ContentHit(kind: .spam, evidence: "澳门博彩", extra: "http://bet.example/", count: 2)],
        depth: 1)

    static let link = LinkOutcome(
        target: "http://www.zgsr.gov.cn/missing.pdf", kind: .attachment, verdict: .broken, status: 404,
        foundOn: ["http://www.zgsr.gov.cn/"])

    static let all: [Message] = [
        .hello(Hello(workerID: "w-1", host: "crawler-a", version: ProtocolVersion.software, capacity: 8, pendingBatches: 2)),
        .challenge(Challenge(nonce: String(repeating: "ab", count: 32))),
        .authenticate(Authenticate(proof: String(repeating: "0f", count: 32))),
        .welcome(Welcome(sessionID: "s-9", heartbeatSeconds: 5, leaseSeconds: 30)),
        .reject(Reject(reason: .badProof, message: "wrong token")),
        .heartbeat(Heartbeat(leases: ["l-1", "l-2"])),
        .assign(Assignment(
            leaseID: "l-1", site: site, settings: SweepSettings(asOf: asOf, typos: [TypoEntry(wrong: "国务院付总理", correct: "国务院副总理")]),
            columns: [column], done: ["http://www.zgsr.gov.cn/"],
            frontier: [FrontierEntry(url: "http://www.zgsr.gov.cn/col/gzdt/index_1.html", role: .pagination, depth: 2, column: column)],
            knownLinks: [link],
            pendingLinks: [LinkReference(target: "http://www.zgsr.gov.cn/x.doc", kind: .attachment, foundOn: ["http://www.zgsr.gov.cn/"])])),
        .batch(Batch(batchID: "w-1-7", leaseID: "l-1", siteID: site.id, pages: [page], links: [link],
                     frontier: [FrontierEntry(url: "http://www.zgsr.gov.cn/a.html", role: .article, depth: 2)],
                     references: [LinkReference(target: "http://www.zgsr.gov.cn/y.pdf", kind: .attachment, foundOn: ["http://www.zgsr.gov.cn/a.html"])],
                     resolved: ["http://www.zgsr.gov.cn/about.html"],
                     notes: SiteNotes(cap: CrawlCap(reason: .trap, limit: 0, example: "http://www.zgsr.gov.cn/cal?date=2099-01-01"),
                                      robotsBlocked: ["http://www.zgsr.gov.cn/private/"], tlsError: "certificate has expired"))),
        .ack(BatchAck(batchID: "w-1-7")),
        .siteDone(SiteDone(leaseID: "l-1", report: SiteReport(
            siteID: site.id, pagesFetched: 120,
            probes: [HomepageProbe(at: 1_705_000_000, ok: true, status: 200, seconds: 0.4)],
            cap: CrawlCap(reason: .pages, limit: 3000, example: "http://www.zgsr.gov.cn/x"),
            robotsBlocked: ["http://www.zgsr.gov.cn/private/"], tlsError: nil))),
        .checkLinks(LinkCheckAssignment(
            leaseID: "l-3", politenessKey: "www.gov.cn:443", settings: SweepSettings(asOf: asOf),
            targets: [LinkTarget(target: "https://www.gov.cn/zhengce/", kind: .page), LinkTarget(target: "https://www.gov.cn/a.pdf", kind: .attachment)])),
        .linkChecksDone(LinkChecksDone(leaseID: "l-3", outcomes: [
            LinkOutcome(target: "https://www.gov.cn/a.pdf", kind: .attachment, verdict: .broken, status: 404)])),
        .release(Release(leases: ["l-2"])),
        .revoke(Revoke(leases: ["l-4"], reason: "lease l-4 expired and went to another worker")),
        .drain(Drain(reason: "coordinator shutting down")),
        .shutdown(Shutdown(reason: "sweep complete")),
        .error(ErrorMessage(code: "invalid_json", message: "frame is not valid JSON", fatal: true)),
    ]
}
