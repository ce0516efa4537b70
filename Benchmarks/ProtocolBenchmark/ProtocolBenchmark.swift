import Foundation
import GovSweepProtocol

/// Measures the protocol's CPU per page away from any network: coding batch frames and
/// detecting pages' charsets (scripts/bench-protocol).
///
///     ProtocolBenchmark codec --frames FILE [--repeat N]   # one batch message per line
///     ProtocolBenchmark charset --dir DIR [--repeat N]     # every .html file under DIR
@main
struct ProtocolBenchmark {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        func value(_ name: String, _ fallback: String) -> String {
            guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return fallback }
            return arguments[index + 1]
        }
        let repeats = Int(value("repeat", "5")) ?? 5
        switch arguments.first {
        case "codec": try codec(frames: value("frames", ""), repeats: repeats)
        case "charset": try charset(directory: value("dir", ""), repeats: repeats)
        default:
            print("usage: ProtocolBenchmark codec --frames FILE [--repeat N] | charset --dir DIR [--repeat N]")
            exit(2)
        }
    }

    /// Decodes every frame as the coordinator does, then encodes the batches with `JSONEncoder`
    /// (the protocol's settings) and with the coder (``JSONByteWriter``), checking both agree.
    static func codec(frames path: String, repeats: Int) throws {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { Array($0.utf8) }
        let coder = MessageCoder()
        var messages: [Message] = []
        var pages = 0
        let decodeSeconds = try measure(repeats) {
            messages = try lines.map { try coder.decode($0) }
        }
        for case .batch(let batch) in messages { pages += batch.pages.count }
        let decoder = JSONDecoder()
        var viaFoundation: [Message] = []
        let foundationDecodeSeconds = try measure(repeats) {
            viaFoundation = try lines.map { try decoder.decode(Message.self, from: Data($0)) }
        }
        let decodedDiffering = zip(messages, viaFoundation).filter { $0.0 != $0.1 }.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var foundation: [Data] = []
        let foundationSeconds = try measure(repeats) { foundation = try messages.map { try encoder.encode($0) } }
        var written: [[UInt8]] = []
        let writerSeconds = try measure(repeats) { written = try messages.map { try coder.encode($0) } }
        let differing = zip(foundation, written).filter { Array($0.0) != $0.1 }.count
        print("frames \(lines.count), pages \(pages), bytes \(lines.reduce(0) { $0 + $1.count })")
        report("decode (JSONDecoder alone, no page texts)", foundationDecodeSeconds, pages)
        report("decode (MessageCoder, with page texts)", decodeSeconds, pages)
        print("frames decoded otherwise by JSONDecoder: \(decodedDiffering)")
        report("encode (JSONEncoder)", foundationSeconds, pages)
        report("encode (MessageCoder)", writerSeconds, pages)
        print("frames whose two encodings differ: \(differing)")
    }

    /// Detects and decodes every page as a worker does, with no header and with a UTF-8 header.
    static func charset(directory: String, repeats: Int) throws {
        let root = URL(fileURLWithPath: directory)
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
        let pages = try files.map { [UInt8](try Data(contentsOf: $0)) }
        var characters = 0
        let seconds = try measure(repeats) {
            characters = 0
            for page in pages {
                characters += CharsetDetector.decode(page, contentType: nil).text.utf8.count
                characters += CharsetDetector.decode(page, contentType: "text/html; charset=utf-8").text.utf8.count
            }
        }
        print("pages \(pages.count), bytes \(pages.reduce(0) { $0 + $1.count }), decoded bytes \(characters)")
        report("detect and decode (twice a page)", seconds, pages.count * 2)
    }

    /// The smallest CPU time of `repeats` runs of `body`.
    static func measure(_ repeats: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = cpuSeconds()
            try body()
            best = min(best, cpuSeconds() - start)
        }
        return best
    }

    static func report(_ name: String, _ seconds: Double, _ pages: Int) {
        let perPage = pages > 0 ? seconds / Double(pages) * 1e6 : 0
        print(String(format: "%@: %.3f s CPU, %.2f µs per page", name, seconds, perPage))
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
