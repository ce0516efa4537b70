import ArgumentParser
import Foundation
import GovSweepProtocol
import PageAnalysis

/// `govsweep analyze FILE --url URL`: what the worker sees on one saved page, as JSON.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse one saved page and print the observation as JSON.",
        discussion: """
            Reads FILE, decodes it (--charset, else a byte order mark or <meta charset>, else UTF-8 \
            when valid, else GB18030) and prints what a worker would report: page kind, dates, items, \
            pagination, columns, links, identity marks and content hits. Keys are sorted, so the \
            output of the same page is byte-identical between runs.
            """
    )

    @Argument(help: "The saved page (HTML bytes as fetched).")
    var file: String

    @Option(help: "The page's URL (after redirects); relative links resolve against it.")
    var url: String

    @Option(name: .customLong("as-of"), help: "The as-of date, YYYY-MM-DD (default: today in Asia/Shanghai).")
    var asOf: String?

    @Option(help: "The page's charset, e.g. gbk (default: sniffed).")
    var charset: String?

    @Flag(help: "Treat the page as the site's homepage whatever its URL.")
    var homepage = false

    @Option(name: .customLong("repeat"), help: .hidden)
    var repetitions: Int = 1

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, got \"\(asOf)\".")
        }
        if repetitions < 1 { throw ValidationError("--repeat must be at least 1.") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Cannot read \(file): check the path and its permissions.")
        }
        let decoded = CharsetSniffing.decode([UInt8](data), charset: charset)
        let day = asOf.flatMap { CivilDate(iso: $0) } ?? CivilDate(shanghaiTime: Date().timeIntervalSince1970)
        let input = PageInput(url: url, html: decoded.text, asOf: day, isHomepage: homepage)
        let analyzer = PageAnalyzer()

        var observation = analyzer.analyze(input)
        if repetitions > 1 {
            let start = ResourceUsage.now()
            for _ in 1..<repetitions { observation = analyzer.analyze(input) }
            let end = ResourceUsage.now()
            let perPage = (end.cpuSeconds - start.cpuSeconds) / Double(repetitions - 1)
            FileHandle.standardError.write(Data("""
                analysed \(repetitions - 1) times (\(data.count) bytes): \
                \(String(format: "%.4f", perPage * 1000)) ms CPU per page, \
                max RSS \(start.maxResidentKiB) KiB after the first analysis, \(end.maxResidentKiB) KiB at the end

                """.utf8))
        }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var output = try encoder.encode(observation)
        output.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(output)
    }
}

/// CPU time and peak memory of this process (getrusage).
private struct ResourceUsage {
    var cpuSeconds: Double
    var maxResidentKiB: Int

    static func now() -> ResourceUsage {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        return ResourceUsage(cpuSeconds: cpu, maxResidentKiB: Int(usage.ru_maxrss))
    }
}
