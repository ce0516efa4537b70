import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Holds the consultation-column reader (``PageAnalyzer``'s `messages`, what the worker reports) to
/// the hand-set labels of the real pages in Tests/Fixtures/real-interaction (see its manifest.json).
@Suite("Real pages of consultation columns (互动交流)")
struct RealInteractionPageTests {
    typealias Page = LabelledPage<Labels>

    struct Labels: Decodable, Sendable {
        /// Every message the page shows with its own asked date; empty when it holds none.
        var messages: [Message]
    }

    /// One message as read off the page.
    struct Message: Decodable, Sendable {
        /// The first characters of its title.
        var title: String
        var asked: String
        var replied: String?
        var status: MessageStatus?
    }

    static let corpus = Page.corpus("real-interaction")
    static var directory: String { corpus.directory }
    static var pages: [Page] { corpus.pages }

    func messages(of page: Page) throws -> [BoardMessage] {
        try page.observe(in: Self.directory).messages ?? []
    }

    @Test("the manifest reads and names where every page came from")
    func manifest() {
        Page.expectProvenance(of: Self.pages, in: Self.directory)
    }

    @Test("the messages read are the page's, with their dates and states", arguments: pages)
    func messages(page: Page) throws {
        let observed = try messages(of: page)
        let labels = page.labels.messages
        #expect(observed.count == labels.count, "\(observed.map { "\($0.title) \($0.asked?.iso ?? "-")" })")
        let ambiguous = page.ambiguous?.labels ?? []
        for (message, label) in zip(observed, labels) {
            #expect(message.title.hasPrefix(label.title), "\(message.title)")
            #expect(message.asked?.iso == label.asked, "\(label.title)")
            if !ambiguous.contains("replied") { #expect(message.replied?.iso == label.replied, "\(label.title)") }
            if !ambiguous.contains("status") { #expect(message.status == label.status, "\(label.title)") }
        }
    }
}
