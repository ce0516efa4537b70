import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Holds the consultation-column reader (``PageAnalyzer``'s `messages`, what the worker reports) to
/// the hand-set labels of the real pages in Tests/Fixtures/real-interaction (see its manifest.json).
@Suite("Real pages of consultation columns (互动交流)")
struct RealInteractionPageTests {
    struct Manifest: Decodable {
        var pages: [Page]
    }

    struct Page: Decodable, CustomTestStringConvertible {
        var file: String
        var repository: String
        var path: String
        var commit: String
        var analysisURL: String
        var asOf: String
        var labels: Labels
        var ambiguous: [String]?
        var testDescription: String { file }
    }

    struct Labels: Decodable {
        /// Every message the page shows with its own asked date; empty when it holds none.
        var messages: [Message]
    }

    /// One message as read off the page.
    struct Message: Decodable {
        /// The first characters of its title.
        var title: String
        var asked: String
        var replied: String?
        var status: MessageStatus?
    }

    static let directory: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures/real-interaction/"
    }()

    static let pages: [Page] = {
        guard let data = FileManager.default.contents(atPath: directory + "manifest.json"),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [] }
        return manifest.pages
    }()

    func messages(of page: Page) throws -> [BoardMessage] {
        let bytes = try #require(FileManager.default.contents(atPath: Self.directory + page.file))
        let text = CharsetSniffing.decode(Array(bytes)).text
        let asOf = try #require(CivilDate(iso: page.asOf))
        return PageAnalyzer().analyze(PageInput(url: page.analysisURL, html: text, asOf: asOf)).messages ?? []
    }

    @Test("the manifest reads and names where every page came from")
    func manifest() {
        #expect(!Self.pages.isEmpty)
        for page in Self.pages {
            #expect(!page.repository.isEmpty && !page.path.isEmpty && page.commit.count == 40, "\(page.file)")
            #expect(FileManager.default.fileExists(atPath: Self.directory + page.file), "\(page.file)")
        }
    }

    @Test("the messages read are the page's, with their dates and states", arguments: pages)
    func messages(page: Page) throws {
        let observed = try messages(of: page)
        let labels = page.labels.messages
        #expect(observed.count == labels.count, "\(observed.map { "\($0.title) \($0.asked?.iso ?? "-")" })")
        let ambiguous = Set(page.ambiguous ?? [])
        for (message, label) in zip(observed, labels) {
            #expect(message.title.hasPrefix(label.title), "\(message.title)")
            #expect(message.asked?.iso == label.asked, "\(label.title)")
            if !ambiguous.contains("replied") { #expect(message.replied?.iso == label.replied, "\(label.title)") }
            if !ambiguous.contains("status") { #expect(message.status == label.status, "\(label.title)") }
        }
    }
}
