import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("LinkChecker verdicts")
struct LinkCheckerTests {
    static let fastRetries = LinkChecker.Options(retry: RetryPolicy(retries: 2, baseDelay: .milliseconds(20)))

    private func withChecker(
        timeout: Duration = .seconds(5), _ body: (TestHTTPServer, LinkChecker) async throws -> Void
    ) async throws {
        let server = try await TestHTTPServer.start()
        let engine = TestEngines.engine(timeout: timeout)
        try await body(server, LinkChecker(engine: engine, options: Self.fastRetries))
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func missingPagesAreBrokenAtOnce() async throws {
        try await withChecker { server, checker in
            server.route("/gone", always: .status(410))
            let missing = try #require(await checker.check(server.url("/missing"), kind: .page, politenessKey: nil))
            let gone = try #require(await checker.check(server.url("/gone"), kind: .page, politenessKey: nil))
            #expect(missing == LinkOutcome(target: server.url("/missing"), kind: .page, verdict: .broken, status: 404))
            #expect(gone.verdict == .broken && gone.status == 410)
            #expect(server.requests(to: "/missing").count == 1)
            #expect(server.requests(to: "/gone").count == 1)
        }
    }

    @Test func transientFailuresAreRetriedThenJudged() async throws {
        try await withChecker { server, checker in
            server.route("/flaky", sequence: [.status(503), .reset, .html("<title>通知公告</title>")])
            server.route("/down", always: .status(502))
            let flaky = try #require(await checker.check(server.url("/flaky"), kind: .page, politenessKey: nil))
            #expect(flaky.verdict == .ok && flaky.status == 200)
            #expect(server.requests(to: "/flaky").count == 3)
            let down = try #require(await checker.check(server.url("/down"), kind: .page, politenessKey: nil))
            #expect(down.verdict == .broken && down.status == 502)
            #expect(server.requests(to: "/down").count == 3)
            // Base delay 20 ms, jitter up to half: retries wait at least 10 ms, then 20 ms.
            let arrivals = server.requests(to: "/down").map(\.arrival)
            #expect(arrivals[1] - arrivals[0] >= .milliseconds(10))
            #expect(arrivals[2] - arrivals[1] >= .milliseconds(20))
        }
    }

    @Test func refusalsAreBlockedNeverBroken() async throws {
        try await withChecker { server, checker in
            server.route("/403", always: .status(403))
            server.route("/401", always: .status(401))
            server.route("/999", always: .status(999))
            server.route("/429", always: .slowDown(retryAfter: 0))
            for path in ["/403", "/401", "/999", "/429"] {
                let outcome = try #require(await checker.check(server.url(path), kind: .page, politenessKey: nil))
                #expect(outcome.verdict == .blocked, "\(path)")
            }
            #expect(server.requests(to: "/403").count == 1)
            #expect(server.requests(to: "/429").count == 3)
        }
    }

    @Test func softNotFoundPagesAndRedirectsToThemAreBroken() async throws {
        try await withChecker { server, checker in
            server.route("/404.html", always: .html("<title>页面不存在</title><body>您访问的页面不存在或已被删除</body>"))
            server.route("/art/1.html", always: .redirect(to: "/404.html"))
            server.route("/ok.html", always: .bytes(Fixtures.bytes("fetch/article.html"), contentType: "text/html"))
            let soft = try #require(await checker.check(server.url("/404.html"), kind: .page, politenessKey: nil))
            #expect(soft.verdict == .broken && soft.status == 200)
            #expect(soft.note?.contains("页面不存在") == true)
            let redirected = try #require(await checker.check(server.url("/art/1.html"), kind: .page, politenessKey: nil))
            #expect(redirected.verdict == .broken)
            server.route("/untyped.jsp", always: .bytes(Array("\n<html><title>404</title></html>".utf8), contentType: nil))
            #expect(await checker.check(server.url("/untyped.jsp"), kind: .page, politenessKey: nil)?.verdict == .broken)
            #expect(await checker.check(server.url("/ok.html"), kind: .page, politenessKey: nil)?.verdict == .ok)
        }
    }

    @Test func softNotFoundInGBKIsRecognised() async throws {
        try await withChecker { server, checker in
            let page = Fixtures.bytes("fetch/gbk-soft404.html")
            server.route("/err.jsp", always: .bytes(page, contentType: "text/html; charset=utf-8"))
            let outcome = try #require(await checker.check(server.url("/err.jsp"), kind: .page, politenessKey: nil))
            #expect(outcome.verdict == .broken)
        }
    }

    @Test func documentsAreProbedWithHeadThenARange() async throws {
        try await withChecker { server, checker in
            server.route("/P020231213.pdf") { request in
                request.header("range") == "bytes=0-0"
                    ? .respond(status: 206, headers: [("Content-Range", "bytes 0-0/90000"), ("Content-Type", "application/pdf")], body: [0x25])
                    : .bytes([UInt8](repeating: 0x25, count: 90000), contentType: "application/pdf")
            }
            server.route("/ignores.doc", always: .bytes([UInt8](repeating: 0x41, count: 3 << 20), contentType: "application/msword"))
            server.route("/module/download/downfile.jsp", always: .html("<title>提示</title><body>文件不存在</body>", contentType: "text/html; charset=utf-8"))
            #expect(await checker.check(server.url("/P020231213.pdf"), kind: .attachment, politenessKey: nil)?.verdict == .ok)
            #expect(server.requests(to: "/P020231213.pdf").map(\.method) == ["HEAD"])
            let ignoring = try #require(await checker.check(server.url("/ignores.doc"), kind: .attachment, politenessKey: nil))
            #expect(ignoring.verdict == .ok && ignoring.status == 200)
            let missing = try #require(await checker.check(server.url("/module/download/downfile.jsp?filename=a.docx"), kind: .attachment, politenessKey: nil))
            #expect(missing.verdict == .broken && missing.kind == .attachment)
            // HEAD answered with an HTML page: read it (ranged GET) before deciding.
            #expect(server.requests(to: "/module/download/downfile.jsp").map { [$0.method, $0.header("range") ?? "-"] }
                == [["HEAD", "-"], ["GET", "bytes=0-0"]])

            // HEAD refused: one byte with a range; an empty file answers the range with 416.
            server.route("/refuses-head.xlsx") { request in
                request.method == "HEAD" ? .status(405)
                    : .respond(status: 206, headers: [("Content-Range", "bytes 0-0/5000"), ("Content-Type", "application/vnd.ms-excel")], body: [0x50])
            }
            #expect(await checker.check(server.url("/refuses-head.xlsx"), kind: .attachment, politenessKey: nil)?.verdict == .ok)
            #expect(server.requests(to: "/refuses-head.xlsx").map { [$0.method, $0.header("range") ?? "-"] }
                == [["HEAD", "-"], ["GET", "bytes=0-0"]])
            server.route("/empty.txt") { request in
                request.method == "HEAD" ? .status(501) : request.header("range") == nil ? .bytes([], contentType: "text/plain") : .status(416)
            }
            #expect(await checker.check(server.url("/empty.txt"), kind: .attachment, politenessKey: nil)?.verdict == .ok)
            #expect(server.requests(to: "/empty.txt").map { $0.header("range") } == [nil, "bytes=0-0", nil])
        }
    }

    @Test("a large document is never judged on its size, whether HEAD works or not")
    func largeDocumentsAreFine() async throws {
        try await withChecker { server, checker in
            let big = [UInt8](repeating: 0x25, count: 12 << 20)
            server.route("/P0202608281.pdf", always: .bytes(big, contentType: "application/pdf"))
            server.route("/no-head.pdf") { request in
                request.method == "HEAD" ? .status(405) : .bytes(big, contentType: "application/pdf")
            }
            for path in ["/P0202608281.pdf", "/no-head.pdf"] {
                let outcome = try #require(await checker.check(server.url(path), kind: .attachment, politenessKey: nil))
                #expect(outcome.verdict == .ok && outcome.status == 200 && outcome.error == nil, "\(path)")
            }
        }
    }

    @Test("a missing document answered with an HTML 404 page is a broken attachment")
    func missingDocumentWithAnHTMLNotFoundPage() async throws {
        try await withChecker { server, checker in
            server.route("/202608/P020260828.xlsx", always: .respond(
                status: 404, headers: [("Content-Type", "text/html; charset=utf-8")],
                body: Array("<html><title>404 页面不存在</title><body><h1>404</h1></body></html>".utf8)))
            let outcome = try #require(await checker.check(server.url("/202608/P020260828.xlsx"), kind: .attachment, politenessKey: nil))
            #expect(outcome.kind == .attachment && outcome.verdict == .broken && outcome.status == 404)
            // A link the page calls a page, whose URL names a document, is probed as a document.
            let asPage = try #require(await checker.check(server.url("/downfile.jsp?classid=0&filename=2603.xls"), kind: .page, politenessKey: nil))
            #expect(asPage.verdict == .broken)
            #expect(server.requests(to: "/downfile.jsp").first?.method == "HEAD")
        }
    }

    @Test func imagesUseHeadAndFallBackToGet() async throws {
        try await withChecker { server, checker in
            server.route("/logo.png") { request in
                request.method == "HEAD" ? .status(405) : .bytes([0x89, 0x50, 0x4E, 0x47], contentType: "image/png")
            }
            server.route("/banner.jpg", always: .bytes([0xFF, 0xD8], contentType: "image/jpeg"))
            #expect(await checker.check(server.url("/logo.png"), kind: .image, politenessKey: nil)?.verdict == .ok)
            #expect(server.requests(to: "/logo.png").map(\.method) == ["HEAD", "GET"])
            #expect(await checker.check(server.url("/banner.jpg"), kind: .image, politenessKey: nil)?.verdict == .ok)
            #expect(server.requests(to: "/banner.jpg").map(\.method) == ["HEAD"])
            #expect(await checker.check(server.url("/none.gif"), kind: .image, politenessKey: nil)?.verdict == .broken)
            #expect(server.requests(to: "/none.gif").map(\.method) == ["HEAD", "GET"])
        }
    }

    @Test("a document whose ranged answer is one byte of an HTML \"not found\" page is broken")
    func attachmentServedAsSoftNotFoundPage() async throws {
        try await withChecker { server, checker in
            let page = Array("<html><title>404</title><body>您访问的页面不存在</body></html>".utf8)
            server.route("/downfile.jsp") { request in
                request.header("range") == "bytes=0-0"
                    ? .respond(status: 206, headers: [("Content-Range", "bytes 0-0/\(page.count)"), ("Content-Type", "text/html")], body: [page[0]])
                    : .bytes(page, contentType: "text/html")
            }
            let outcome = try #require(await checker.check(server.url("/downfile.jsp?filename=a.docx"), kind: .attachment, politenessKey: nil))
            #expect(outcome.verdict == .broken)
            #expect(server.requests(to: "/downfile.jsp").map { $0.header("range") } == [nil, "bytes=0-0", nil])
        }
    }

    @Test("an image answered by a 200 \"not found\" page is broken")
    func imageServedAsSoftNotFoundPage() async throws {
        try await withChecker { server, checker in
            server.route("/picture/1.jpg", always: .html("<title>404</title><body>您访问的页面不存在</body>"))
            let outcome = try #require(await checker.check(server.url("/picture/1.jpg"), kind: .image, politenessKey: nil))
            #expect(outcome.verdict == .broken)
            #expect(outcome.note != nil)
            #expect(server.requests(to: "/picture/1.jpg").map(\.method) == ["HEAD", "GET"])
        }
    }

    @Test func eachTargetIsCheckedOnceAndSeedsAreTrusted() async throws {
        try await withChecker { server, checker in
            server.route("/p", always: .delayed(.html("<title>ok</title>"), by: .milliseconds(100)))
            async let first = checker.check(server.url("/p"), kind: .page, politenessKey: nil)
            async let second = checker.check(server.url("/p"), kind: .page, politenessKey: nil)
            let (a, b) = await (first, second)
            #expect(a == b && a?.verdict == .ok)
            _ = await checker.check(server.url("/p"), kind: .page, politenessKey: nil)
            #expect(server.requests(to: "/p").count == 1)

            let known = LinkOutcome(target: server.url("/known"), kind: .page, verdict: .broken, status: 404, foundOn: ["x"])
            await checker.seed([known])
            let seeded = try #require(await checker.check(server.url("/known"), kind: .page, politenessKey: nil))
            #expect(seeded.verdict == .broken && seeded.foundOn.isEmpty)
            #expect(server.requests(to: "/known").isEmpty)
        }
    }

    @Test("a check whose every waiter is cancelled stops probing, gives no verdict and keeps none")
    func cancelledChecksStopTheirProbe() async throws {
        try await withChecker { server, checker in
            server.route("/down", always: .status(502))
            // Without cancellation this takes three attempts and about 1.5-3 s of back-off.
            let check = Task { await checker.check(server.url("/down"), kind: .page, politenessKey: nil) }
            while server.requests(to: "/down").isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            check.cancel()
            #expect(await check.value == nil)
            try await Task.sleep(for: .seconds(3))
            #expect(server.requests(to: "/down").count == 1)
            // The cancelled probe left nothing behind: the next check probes afresh and judges.
            server.route("/down", always: .status(404))
            let fresh = try #require(await checker.check(server.url("/down"), kind: .page, politenessKey: nil))
            #expect(fresh.verdict == .broken && fresh.status == 404)
        }
    }

    @Test("one waiter's cancellation does not take the shared verdict from the others")
    func aSharedProbeOutlivesOneCancelledWaiter() async throws {
        try await withChecker { server, checker in
            server.route("/slow", always: .delayed(.html("<title>ok</title>"), by: .milliseconds(300)))
            let leaving = Task { await checker.check(server.url("/slow"), kind: .page, politenessKey: nil) }
            let staying = Task { await checker.check(server.url("/slow"), kind: .page, politenessKey: nil) }
            while server.requests(to: "/slow").isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            leaving.cancel()
            #expect(await staying.value?.verdict == .ok)
            // The one that left waits out the shared probe and may read its verdict, never a false one.
            let left = await leaving.value
            #expect(left == nil || left?.verdict == .ok)
            #expect(server.requests(to: "/slow").count == 1)
        }
    }

    @Test func timeoutsAndRefusedAddressesCarryTheirKind() async throws {
        try await withChecker(timeout: .milliseconds(300)) { server, checker in
            server.route("/hang", always: .hang)
            let outcome = try #require(await checker.check(server.url("/hang"), kind: .page, politenessKey: nil))
            #expect(outcome.verdict == .broken && outcome.error == .timeout && outcome.status == nil)
            // A host never seen answering gets two tries as a host, not three per link.
            #expect(server.requests(to: "/hang").count == 2)
        }
        let strict = FetchEngine()
        let outcome = try #require(await LinkChecker(engine: strict).check("http://127.0.0.1:9/x", kind: .page, politenessKey: nil))
        #expect(outcome.verdict == .broken && outcome.error == .blockedByPolicy)
        #expect(outcome.note?.contains("127.0.0.1") == true)
        strict.shutdown()
    }
}

