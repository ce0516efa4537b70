import Foundation
import GovSweepProtocol
import Rules

/// Writes `findings.jsonl` and `columns.jsonl` one site at a time, in site-id order.
///
/// The contract sorts findings by site, check, url and target and columns by site and url; with
/// the sites appended in site-id order, sorting each site's records gives the same files as
/// sorting the whole sweep's. The lines go to `NAME.partial` files, buffered about a mebibyte at
/// a time, which ``finish()`` renames over the contract names: an export that fails or is
/// interrupted leaves the files of an earlier export as they were.
public final class ContractWriter {
    /// The site ids came out of order; the files written so far are removed.
    public struct OutOfOrder: Error, CustomStringConvertible {
        public var previous: String
        public var next: String
        public var description: String {
            "contract export: site \(next) came after \(previous); sites must be written in site-id order"
        }
    }

    public let findingsPath: String
    public let columnsPath: String
    private let findingsFile: LineFile
    private let columnsFile: LineFile
    private let encoder = ContractExport.lineEncoder()
    /// The records of the site being written: a site's verdicts may come in several parts.
    private var siteID: String?
    private var findings: [Finding] = []
    private var columns: [ColumnRecord] = []
    private var findingCount = 0
    private var columnCount = 0

    /// Creates `directory` when needed and opens the two files.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        findingsPath = (directory as NSString).appendingPathComponent("findings.jsonl")
        columnsPath = (directory as NSString).appendingPathComponent("columns.jsonl")
        findingsFile = try LineFile(path: findingsPath)
        do {
            columnsFile = try LineFile(path: columnsPath)
        } catch {
            findingsFile.discard()
            throw error
        }
    }

    /// Adds a site's verdict. Sites come in site-id order; several verdicts of one site follow one another.
    public func append(_ verdict: SiteVerdict) throws {
        if let current = siteID, current != verdict.site.id {
            guard current < verdict.site.id else {
                discard()
                throw OutOfOrder(previous: current, next: verdict.site.id)
            }
            try flushSite()
        }
        siteID = verdict.site.id
        findings += verdict.findings
        columns += verdict.columns
    }

    /// Writes what is left and puts both files in place.
    public func finish() throws -> ContractExport.Written {
        do {
            try flushSite()
            try findingsFile.finish()
            try columnsFile.finish()
        } catch {
            discard()
            throw error
        }
        return ContractExport.Written(
            findingsPath: findingsPath, columnsPath: columnsPath, findings: findingCount, columns: columnCount)
    }

    private func flushSite() throws {
        // Stable sorts: records equal in every key stay in the order they came, as in one sort of the whole sweep.
        for finding in findings.sorted(by: Finding.exportOrder) { try findingsFile.append(encoder.encode(finding)) }
        for column in columns.sorted(by: ColumnRecord.exportOrder) { try columnsFile.append(encoder.encode(column)) }
        findingCount += findings.count
        columnCount += columns.count
        findings.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
    }

    private func discard() {
        findingsFile.discard()
        columnsFile.discard()
    }

    deinit {
        // Not finished (an error on the way out of the caller): leave no partial files behind.
        findingsFile.discard()
        columnsFile.discard()
    }
}

/// A file of lines written through a buffer to `PATH.partial`, renamed to `PATH` when finished.
final class LineFile {
    let path: String
    let partialPath: String
    private let handle: FileHandle
    private var buffer = Data()
    private var closed = false
    static let bufferSize = 1 << 20

    init(path: String) throws {
        self.path = path
        partialPath = path + ".partial"
        guard FileManager.default.createFile(atPath: partialPath, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partialPath])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partialPath))
        buffer.reserveCapacity(Self.bufferSize + 4096)
    }

    /// Appends `line` and a newline.
    func append(_ line: Data) throws {
        buffer.append(line)
        buffer.append(0x0A)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the rest, closes the file and renames it to `path`.
    func finish() throws {
        try flush()
        try handle.close()
        closed = true
        // rename(2) replaces an earlier file in one step.
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: partialPath)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "cannot rename \(partialPath) to \(path): \(reason)"])
        }
    }

    /// Closes and removes the partial file, when it was not finished.
    func discard() {
        guard !closed else { return }
        try? handle.close()
        closed = true
        try? FileManager.default.removeItem(atPath: partialPath)
    }
}
