#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovSweepProtocol
@testable import PageAnalysis

/// Loads the saved pages of Tests/Fixtures/pages and analyses them.
enum Fixtures {
    static let directory: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures/pages/"
    }()

    /// The as-of date the fixtures were written for.
    static let asOf = CivilDate(year: 2023, month: 12, day: 20)!

    static func bytes(_ name: String) -> [UInt8] {
        guard let file = fopen(directory + name, "rb") else { fatalError("missing fixture \(name)") }
        defer { fclose(file) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let read = fread(&buffer, 1, buffer.count, file)
            if read <= 0 { break }
            result += buffer[0..<read]
        }
        return result
    }

    static func analyze(_ name: String, url: String, asOf: CivilDate = asOf, homepage: Bool = false,
                        typos: [TypoEntry] = []) -> PageObservation {
        let text = CharsetSniffing.decode(bytes(name)).text
        return PageAnalyzer(typos: typos).analyze(PageInput(url: url, html: text, asOf: asOf, isHomepage: homepage))
    }

    static func analyze(html: String, url: String = "https://www.example.gov.cn/col/a/index.html",
                        limits: AnalysisLimits = .default) -> PageObservation {
        PageAnalyzer(limits: limits).analyze(PageInput(url: url, html: html, asOf: asOf))
    }

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
}
