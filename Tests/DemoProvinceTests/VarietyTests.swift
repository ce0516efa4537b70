import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("The province's planted variety")
struct VarietyTests {
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 7, asOf: CivilDate(year: 2024, month: 1, day: 8)!))

    static func host(of url: String) -> Int? {
        Self.province.origins.firstIndex { url.hasPrefix($0 + "/") }
    }

    static func response(_ url: String) -> PageResponse? {
        guard let host = host(of: url) else { return nil }
        return province.response(host: host, pathAndQuery: MarkupTests.path(url))
    }

    static var entries: [GroundTruth.Expectation] {
        province.groundTruth.sites.flatMap { $0.expected + $0.negatives }
    }

    @Test("every pattern the truth names has entries; missing list documents have positives and negatives")
    func everyPatternCovered() throws {
        let truth = Self.province.groundTruth
        let patterns = try #require(truth.patterns)
        #expect(!patterns.isEmpty)
        for pattern in patterns {
            #expect(Self.entries.contains { $0.pattern == pattern }, "\(pattern) has no entry")
        }
        let expected = truth.sites.flatMap(\.expected)
        let negatives = truth.sites.flatMap(\.negatives)
        for pattern in ["list_document_missing", "dead_host_refused", "dead_host_silent", "serious_typo_forms", "blank_column_with_side_navigation"] {
            #expect(expected.contains { $0.pattern == pattern }, "\(pattern) has no positive")
        }
        for pattern in ["list_document_missing", "list_document_large", "short_notice", "chinese_numeral_list_dates", "serious_typo_forms"] {
            #expect(negatives.contains { $0.pattern == pattern }, "\(pattern) has no negative")
        }
    }

    @Test("missing documents in lists, of every CMS style, are answered with the host's 404 page (HTML)")
    func missingDocuments() throws {
        let truth = Self.province.groundTruth
        var styles = Set<String>()
        for site in truth.sites {
            for entry in site.expected where entry.pattern == "list_document_missing" {
                styles.insert(site.style)
                let target = try #require(entry.target)
                #expect(target.contains(".xls") || target.contains(".pdf"))
                let answer = try #require(Self.response(target))
                #expect(answer.header("Content-Type")?.contains("text/html") == true)
                #expect(answer.status == 404 || answer.status == 200 || answer.status == 302)
                // The list links to it.
                let list = try #require(Self.response(entry.url))
                #expect(MarkupTests.text(list).contains(Self.relativeOrPath(target)))
            }
        }
        #expect(styles == ["trs", "hanweb", "jsp"])
        #expect(truth.sites.contains { site in site.style == "trs" && site.expected.contains { $0.target?.contains("/P0") == true && $0.check == .attachmentBroken } })
    }

    /// The document's file name, as every list writes it (relative or absolute).
    static func relativeOrPath(_ url: String) -> String {
        let path = MarkupTests.path(url)
        if let range = path.firstRange(of: "filename=") { return String(path[range.upperBound...]) }
        return String(path.split(separator: "/").last ?? "")
    }

    @Test("large documents are 12 MiB PDFs that answer 200")
    func largeDocuments() throws {
        let large = Self.entries.filter { $0.pattern == "list_document_large" }
        #expect(!large.isEmpty)
        let target = try #require(large.first?.target)
        let answer = try #require(Self.response(target))
        #expect(answer.status == 200)
        #expect(answer.body.count == SampleFiles.largeSize)
        #expect(answer.body.starts(with: Array("%PDF".utf8)))
    }

    @Test("list pages carry side navigation, related links and header links; empty lists a placeholder row")
    func listPageMarkup() throws {
        let truth = Self.province.groundTruth
        let blank = try #require(truth.sites.flatMap(\.expected).first { $0.check == .columnBlank })
        let text = MarkupTests.text(try #require(Self.response(blank.url)))
        #expect(text.contains("栏目导航") && text.contains("相关链接") && text.contains("top-links"))
        #expect(["暂无信息", "暂无数据", "没有相关信息"].contains { text.contains($0) })
    }

    @Test("short notices are short pages saying 已失效 or 已删除")
    func shortNotices() throws {
        let notices = Self.entries.filter { $0.pattern == "short_notice" }
        #expect(notices.count >= 2)
        for notice in notices {
            let text = MarkupTests.text(try #require(Self.response(notice.url)))
            #expect(text.contains("已失效") || text.contains("已删除"))
            #expect(!text.contains("class=\"nav\""))
        }
    }

    @Test("some Hanweb lists print dates in Chinese numerals")
    func chineseDates() throws {
        let negative = try #require(Self.entries.first { $0.pattern == "chinese_numeral_list_dates" })
        let text = MarkupTests.text(try #require(Self.response(negative.url)))
        #expect(text.contains("〇") && text.contains("年") && text.contains("月"))
    }

    @Test("exactly one link into a refusing host and one into a silent host")
    func deadHosts() {
        let refused = Self.entries.filter { $0.pattern == "dead_host_refused" }
        let silent = Self.entries.filter { $0.pattern == "dead_host_silent" }
        #expect(refused.count == 1 && silent.count == 1)
        #expect(Self.province.refusingHosts.contains(Self.province.refusingHost))
        #expect(Self.province.plantedFaults.contains { $0.host == Self.province.silentHost && $0.fault == .hang })
    }
}
