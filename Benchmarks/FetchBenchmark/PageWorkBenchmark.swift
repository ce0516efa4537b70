import Fetching
import Foundation
import GovSweepProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Measures the worker's CPU per page outside page analysis, on a saved corpus of real pages:
/// decoding with ``CharsetDetector``, the soft-404 check, and resolving and admitting every link
/// the way the crawl frontier does (scope, trap guard).
///
///     FetchBenchmark collect --inventory inventory.csv --corpus DIR [--pages 2000] [--per-site 40]
///     FetchBenchmark pagework --corpus DIR [--repeat 5]
enum PageWorkBenchmark {
    /// One saved page: where it came from and what it holds.
    struct Page {
        var url: String
        var homepage: String
        var contentType: String?
        var body: [UInt8]
    }

    /// Crawls the inventory's sites breadth-first (plain links only) and saves up to `--pages` pages.
    static func collect(_ arguments: BenchmarkArguments) async {
        guard let inventory = arguments.string("inventory"), let corpus = arguments.string("corpus"),
            let csv = readFile(inventory)
        else { return print("collect needs --inventory FILE --corpus DIR") }
        let wanted = arguments.int("pages", 2000)
        let perSite = arguments.int("per-site", 40)
        let homepages = String(decoding: csv, as: UTF8.self).split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).first.map(String.init)
        }
        var configuration = FetchConfiguration()
        configuration.allowPrivate = true
        let engine = FetchEngine(configuration: configuration)
        mkdir(corpus, 0o755)
        var index = ""
        var saved = 0
        for homepage in homepages where saved < wanted {
            guard let scope = CrawlScope(homepage: homepage) else { continue }
            var queue = [homepage]
            var seen: Set<String> = [homepage]
            var fromSite = 0
            while !queue.isEmpty, fromSite < perSite, saved < wanted {
                let url = queue.removeFirst()
                let result = await engine.fetch(FetchRequest(url: url))
                guard result.status == 200, result.mediaType?.hasPrefix("text/html") ?? false else { continue }
                writeFile("\(corpus)/\(saved).html", result.body)
                index += "\(saved)\t\(result.finalURL)\t\(homepage)\t\(result.header("content-type") ?? "")\n"
                saved += 1
                fromSite += 1
                for href in hrefs(in: result.body) {
                    if let next = scope.admit(href, base: result.finalURL), seen.insert(next).inserted { queue.append(next) }
                }
            }
        }
        engine.shutdown()
        writeFile("\(corpus)/index.tsv", Array(index.utf8))
        print("saved \(saved) pages to \(corpus)")
    }

    /// Runs the per-page work over the corpus `--repeat` times and prints CPU per page.
    static func run(_ arguments: BenchmarkArguments) {
        guard let corpus = arguments.string("corpus"), let index = readFile("\(corpus)/index.tsv") else {
            return print("pagework needs --corpus DIR (made by collect)")
        }
        let pages: [Page] = String(decoding: index, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let body = readFile("\(corpus)/\(fields[0]).html") else { return nil }
            return Page(url: fields[1], homepage: fields[2], contentType: fields[3].isEmpty ? nil : fields[3], body: body)
        }
        let links = pages.map { hrefs(in: $0.body) }
        let repeats = arguments.int("repeat", 5)
        var decodeSeconds = 0.0
        var linkSeconds = 0.0
        var preparedSeconds = 0.0
        var checksum = 0
        for _ in 0..<repeats {
            var start = ResourceUsage.cpuSeconds()
            var texts: [String] = []
            for page in pages {
                let text = CharsetDetector.decode(page.body, contentType: page.contentType).text
                if SoftNotFoundDetector.reason(html: text) != nil { checksum += 1 }
                texts.append(text)
            }
            decodeSeconds += ResourceUsage.cpuSeconds() - start
            start = ResourceUsage.cpuSeconds()
            for (page, hrefs) in zip(pages, links) {
                guard let scope = CrawlScope(homepage: page.homepage) else { continue }
                var guardian = TrapGuard()
                checksum &+= admitAll(hrefs, scope: scope, base: page.url, guardian: &guardian)
            }
            linkSeconds += ResourceUsage.cpuSeconds() - start
            start = ResourceUsage.cpuSeconds()
            for (page, hrefs) in zip(pages, links) {
                guard let scope = CrawlScope(homepage: page.homepage) else { continue }
                var guardian = TrapGuard()
                checksum &+= admitAllPrepared(hrefs, scope: scope, base: page.url, guardian: &guardian)
            }
            preparedSeconds += ResourceUsage.cpuSeconds() - start
        }
        let count = Double(pages.count * repeats)
        let linkCount = links.reduce(0) { $0 + $1.count }
        print("pages             \(pages.count) × \(repeats), \(linkCount) links (\(linkCount / max(1, pages.count)) per page), checksum \(checksum)")
        print(String(format: "decode + soft 404 %.3f ms per page", 1000 * decodeSeconds / count))
        print(String(format: "links             %.3f ms per page", 1000 * linkSeconds / count))
        print(String(format: "together          %.3f ms per page", 1000 * (decodeSeconds + linkSeconds) / count))
        print(String(format: "links, as the frontier now does (base prepared once, distinct references once): %.3f ms per page", 1000 * preparedSeconds / count))
    }

    /// The `href` values of `body`, found with a plain byte scan (good enough for a benchmark).
    static func hrefs(in body: [UInt8]) -> [String] {
        var found: [String] = []
        let marker = Array("href=".utf8)
        var index = 0
        while index + marker.count < body.count {
            guard body[index] == UInt8(ascii: "h"), body[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            index += marker.count
            let quote = body[index]
            guard quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else { continue }
            let end = body[(index + 1)...].firstIndex(of: quote) ?? body.count
            found.append(String(decoding: body[(index + 1)..<end], as: UTF8.self))
            index = end
        }
        return found
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) {
        guard let file = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}
