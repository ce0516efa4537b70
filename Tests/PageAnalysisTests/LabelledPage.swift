import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// A real page of a labelled corpus under Tests/Fixtures (`manifest.json` beside the pages): the
/// file, where it was taken from (repository, path, commit), the URL and day it is analysed as,
/// and the suite's own labels.
struct LabelledPage<Labels: Decodable & Sendable>: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var repository: String
    var path: String
    var commit: String
    var analysisURL: String
    var asOf: String
    var labels: Labels
    /// Labels the page is ambiguous about, as names or as names with the reason (not asserted).
    var ambiguous: Ambiguity?
    var testDescription: String { file }

    /// The pages of the corpus in `Tests/Fixtures/<folder>/`; empty when its manifest cannot be read
    /// (each suite's manifest test then fails).
    static func corpus(_ folder: String) -> (directory: String, pages: [LabelledPage]) {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        let directory = path + "/Fixtures/\(folder)/"
        guard let data = FileManager.default.contents(atPath: directory + "manifest.json"),
              let manifest = try? JSONDecoder().decode(LabelledManifest<Labels>.self, from: data)
        else { return (directory, []) }
        return (directory, manifest.pages)
    }

    /// Where every page came from is named, and its file is there.
    static func expectProvenance(of pages: [LabelledPage], in directory: String) {
        #expect(!pages.isEmpty)
        for page in pages {
            #expect(!page.repository.isEmpty && !page.path.isEmpty && page.commit.count == 40, "\(page.file)")
            #expect(FileManager.default.fileExists(atPath: directory + page.file), "\(page.file)")
        }
    }

    /// What ``PageAnalyzer`` (what `govsweep analyze` runs) makes of the page.
    func observe(in directory: String) throws -> PageObservation {
        let bytes = try #require(FileManager.default.contents(atPath: directory + file))
        let text = CharsetSniffing.decode(Array(bytes)).text
        let day = try #require(CivilDate(iso: asOf))
        return PageAnalyzer().analyze(PageInput(url: analysisURL, html: text, asOf: day))
    }
}

/// A corpus's manifest.json: its pages.
private struct LabelledManifest<Labels: Decodable & Sendable>: Decodable {
    var pages: [LabelledPage<Labels>]
}

/// The labels of a page that are not asserted: a list of names, or names with the reason why.
struct Ambiguity: Decodable, Sendable {
    var labels: Set<String>

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let names = try? container.decode([String].self) {
            labels = Set(names)
        } else {
            labels = Set(try container.decode([String: String].self).keys)
        }
    }

    func contains(_ label: String) -> Bool { labels.contains(label) }
}
