import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The labelled date found from the occurrences of 日期 and 时间 must be the one found by
/// searching the text for each label.
@Suite("Labelled dates found from the labels' last words")
struct LabelledDateBytesTests {
    /// The search as first written: the text searched for each label in turn.
    private static func eachLabel(_ utf8: [UInt8], asOf: CivilDate) -> CivilDate? {
        var best: (rank: Int, date: CivilDate)?
        for label in DateParsing.labels {
            if let best, best.rank <= label.rank { continue }
            let needle = Array(label.text.utf8)
            for offset in ByteSearch.occurrences(of: needle, in: utf8) {
                if label.rank == 1, offset >= 3, let previous = ByteSearch.scalar(endingAt: offset, in: utf8), DateParsing.isCJK(previous) {
                    continue
                }
                let after = offset + needle.count
                let window = String(decoding: utf8[after..<min(utf8.count, after + 64)], as: UTF8.self)
                if label.needsColon, !window.unicodeScalars.prefix(3).contains(where: { $0 == ":" || $0 == "：" }) { continue }
                if let date = DateParsing.leadingDate(in: window, asOf: asOf) {
                    best = (label.rank, date)
                    break
                }
            }
        }
        return best?.date
    }

    @Test("every label ends in 日期 or 时间")
    func labelsEndInTheWords() {
        for label in DateParsing.labels {
            #expect(label.text.hasSuffix("日期") || label.text.hasSuffix("时间"), "\(label.text)")
        }
    }

    @Test("random texts of labels, their parts, colons and dates give the date each label's search gives")
    func sameDates() {
        let pieces = DateParsing.labels.map(\.text) + ["发布", "日", "期", "时", "间", "会议", "：", ":", " ", "\n", "2024-01-06", "2023年12月5日",
                                                       "2024/3/9", "2025-01-01", "一", "x", "日期日期", "时间："]
        let asOf = CivilDate(year: 2024, month: 6, day: 1)!
        var random = SplitMix64(seed: 20_261_210)  // seeded, so that a failure can be replayed
        var dated = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next(below: 12))).map { _ in pieces[Int(random.next(below: UInt64(pieces.count)))] }.joined()
            let bytes = Array(text.utf8)
            let expected = Self.eachLabel(bytes, asOf: asOf)
            if expected != nil { dated += 1 }
            #expect(DateParsing.labelledDate(inUTF8: bytes, asOf: asOf) == expected, "\(text)")
        }
        #expect(dated > 1_000)
    }

    @Test("every real page's text gives the date each label's search gives")
    func realPages() throws {
        var directory = #filePath
        for _ in 0..<2 { directory = String(directory[..<directory.lastIndex(of: "/")!]) }
        directory += "/Fixtures/real"
        let asOf = CivilDate(year: 2024, month: 6, day: 1)!
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".html") {
            let bytes = Array(try #require(FileManager.default.contents(atPath: directory + "/" + name)))
            let text = Array(CharsetSniffing.decode(bytes).text.utf8)
            #expect(DateParsing.labelledDate(inUTF8: text, asOf: asOf) == Self.eachLabel(text, asOf: asOf), "\(name)")
        }
    }
}
