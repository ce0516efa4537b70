import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Holds ``PageAnalyzer`` (what `govsweep analyze` runs) to the hand-set labels of the real pages
/// in Tests/Fixtures/real (see its manifest.json).
@Suite("Real government pages")
struct RealPageCorpusTests {
    typealias Page = LabelledPage<Labels>

    struct Labels: Decodable, Sendable {
        /// Nil when the page is no clear kind (not asserted).
        var kind: String?
        var published: String?
        /// For an ambiguous date: the values the page supports.
        var publishedAnyOf: [String]?
        /// The newest date of the page's content list, for column lists and homepages.
        var latestListDate: String?
        /// For an ambiguous newest list date: the values the page supports.
        var latestListDateAnyOf: [String]?
        /// The number of dated and undated items of a column list's content list, where labelled.
        var itemCount: Int?
        var identity: Identity
        var spam: Bool
        var sensitiveData: Bool
    }

    /// Each mark: its value, or null when the page is ambiguous about it (not asserted).
    struct Identity: Decodable, Sendable {
        var siteIDCode: String?
        var icp: String?
        var psbRecord: String?
        var conacBadge: Bool?
        var errorReportEntry: Bool?
        /// The marks the page does not carry at all (`siteIDCode`, `icp`, `psbRecord`): asserted absent.
        var absent: [String]?
    }

    static let corpus = Page.corpus("real")
    static var directory: String { corpus.directory }
    static var pages: [Page] { corpus.pages }

    func observe(_ page: Page) throws -> PageObservation {
        try page.observe(in: Self.directory)
    }

    @Test("the manifest reads and names where every page came from")
    func manifest() {
        Page.expectProvenance(of: Self.pages, in: Self.directory)
    }

    @Test("page kind and publication date", arguments: pages)
    func kindAndDate(page: Page) throws {
        let observed = try observe(page)
        if let kind = page.labels.kind { #expect(observed.kind.rawValue == kind) }
        if let any = page.labels.publishedAnyOf {
            #expect(observed.published.map { any.contains($0.iso) } == true, "published \(String(describing: observed.published))")
        } else {
            #expect(observed.published?.iso == page.labels.published)
        }
        let newest = observed.items.compactMap(\.date).max()?.iso
        if let latest = page.labels.latestListDate {
            #expect(newest == latest)
        }
        if let any = page.labels.latestListDateAnyOf {
            #expect(newest.map { any.contains($0) } == true, "newest list date \(String(describing: newest))")
        }
        if let count = page.labels.itemCount {
            #expect(observed.items.count == count, "\(observed.items.map(\.title))")
        }
    }

    @Test("the page decides its kind: the same under a neutral URL", arguments: pages.filter { $0.labels.kind != nil })
    func kindUnderNeutralURL(page: Page) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.directory + page.file))
        let text = CharsetSniffing.decode(Array(bytes)).text
        let asOf = try #require(CivilDate(iso: page.asOf))
        let host = try #require(URLResolver.host(of: page.analysisURL))
        let scheme = page.analysisURL.hasPrefix("https:") ? "https" : "http"
        let observed = PageAnalyzer().analyze(PageInput(url: "\(scheme)://\(host)/real/page.html", html: text, asOf: asOf))
        #expect(observed.kind.rawValue == page.labels.kind)
    }

    @Test("identity marks", arguments: pages)
    func identity(page: Page) throws {
        let marks = try observe(page).identity
        let labels = page.labels.identity
        if let code = labels.siteIDCode { #expect(marks.siteIDCode == code) }
        if let icp = labels.icp { #expect(marks.icp == icp) }
        if let psb = labels.psbRecord { #expect(marks.psbRecord == psb) }
        if let badge = labels.conacBadge { #expect(marks.conacBadge == badge) }
        if let entry = labels.errorReportEntry { #expect(marks.errorReportEntry == entry) }
        for mark in labels.absent ?? [] {
            switch mark {
            case "siteIDCode": #expect(marks.siteIDCode == nil, "\(mark)")
            case "icp": #expect(marks.icp == nil, "\(mark)")
            case "psbRecord": #expect(marks.psbRecord == nil, "\(mark)")
            default: Issue.record("unknown mark \(mark) in absent")
            }
        }
    }

    @Test("no spam or personal-data hit on a clean page", arguments: pages)
    func clean(page: Page) throws {
        let hits = try observe(page).hits
        if !page.labels.spam {
            #expect(hits.filter { $0.kind == .spam || $0.kind == .spamTitle }.isEmpty, "\(hits)")
        }
        if !page.labels.sensitiveData {
            #expect(hits.filter { $0.kind == .residentID || $0.kind == .mobileNumbers }.isEmpty, "\(hits)")
        }
    }
}
