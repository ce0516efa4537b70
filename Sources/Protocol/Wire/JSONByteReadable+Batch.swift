/// The values of a batch, read by ``JSONByteReader`` as their `Decodable` conformances decode
/// them: every non-optional member required, an optional one absent or `null` read as nil.

typealias Refused = JSONByteReader.Refused

extension Batch {
    static let memberNames = JSONByteReader.names(
        "batch_id", "frontier", "lease_id", "links", "notes", "pages", "references", "resolved", "site_id", "type", "v")

    /// Reads a whole `batch` message (with `type` and `v`), keeping the text of each page.
    init(readingMessage reader: inout JSONByteReader, text: UnsafeBufferPointer<UInt8>) throws(Refused) {
        var batchID: String?, leaseID: String?, siteID: String?, pages: [PageReport]?, links: [LinkOutcome]?
        var frontier: [FrontierEntry]?, references: [LinkReference]?, resolved: [String]?, notes: SiteNotes?
        var pageRanges: [Range<Int>] = []
        var isBatch = false, isCurrent = false
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: batchID = try reader.string()
            case 1: frontier = try reader.array(FrontierEntry.init(reading:))
            case 2: leaseID = try reader.string()
            case 3: links = try reader.array(LinkOutcome.init(reading:))
            case 4: notes = try SiteNotes(reading: &reader)
            case 5: (pages, pageRanges) = try reader.arrayWithRanges(PageReport.init(reading:))
            case 6: references = try reader.array(LinkReference.init(reading:))
            case 7: resolved = try reader.strings()
            case 8: siteID = try reader.string()
            case 9: isBatch = try reader.string() == Message.Kind.batch.rawValue
            default: isCurrent = try reader.int() == ProtocolVersion.current
            }
        }
        guard isBatch, isCurrent, let batchID, let leaseID, let siteID, let pages, let links, let frontier, let references,
            let resolved, let notes
        else { throw Refused() }
        self.init(
            batchID: batchID, leaseID: leaseID, siteID: siteID, pages: pages, links: links, frontier: frontier,
            references: references, resolved: resolved, notes: notes)
        if !pages.isEmpty {
            pageTexts = pageRanges.map { String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self) }
        }
    }
}

extension PageReport: JSONByteReadable {
    static let memberNames = JSONByteReader.names(
        "body", "column", "depth", "document_number", "error", "final_url", "hits", "identity", "items", "kind", "messages",
        "policy_links", "published", "role", "status", "title", "truncated", "url")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var body: BodySignature?, column: ColumnRef?, depth: Int?, documentNumber: String?, error: NetworkErrorKind?
        var finalURL: String?, hits: [ContentHit]?, identity: IdentityMarks?, items: [DatedItem]?, kind: PageKind?
        var messages: [BoardMessage]?, policyLinks: PolicyLinks?, published: CivilDate?, role: PageRole?, status: Int?
        var title: String?, truncated: String?, url: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: body = reader.takeNull() ? nil : try BodySignature(reading: &reader)
            case 1: column = reader.takeNull() ? nil : try ColumnRef(reading: &reader)
            case 2: depth = try reader.int()
            case 3: documentNumber = reader.takeNull() ? nil : try reader.string()
            case 4: error = reader.takeNull() ? nil : try reader.raw(NetworkErrorKind.self)
            case 5: finalURL = reader.takeNull() ? nil : try reader.string()
            case 6: hits = try reader.array(ContentHit.init(reading:))
            case 7: identity = reader.takeNull() ? nil : try IdentityMarks(reading: &reader)
            case 8: items = try reader.array(DatedItem.init(reading:))
            case 9: kind = try reader.raw(PageKind.self)
            case 10:
                messages = reader.takeNull() ? nil : try reader.array(BoardMessage.init(reading:))
            case 11: policyLinks = reader.takeNull() ? nil : try PolicyLinks(reading: &reader)
            case 12: published = reader.takeNull() ? nil : try reader.date()
            case 13: role = try reader.raw(PageRole.self)
            case 14: status = reader.takeNull() ? nil : try reader.int()
            case 15: title = reader.takeNull() ? nil : try reader.string()
            case 16: truncated = reader.takeNull() ? nil : try reader.string()
            default: url = try reader.string()
            }
        }
        guard let depth, let hits, let items, let kind, let role, let url else { throw Refused() }
        self.init(
            url: url, finalURL: finalURL, status: status, error: error, role: role, kind: kind, title: title, column: column,
            items: items, published: published, identity: identity, hits: hits, depth: depth, truncated: truncated)
        self.messages = messages
        self.body = body
        self.policyLinks = policyLinks
        self.documentNumber = documentNumber
    }
}

extension ColumnRef: JSONByteReadable {
    static let memberNames = JSONByteReader.names("category", "name", "source", "url")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var category: ColumnCategory?, name: String?, source: ColumnSource?, url: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: category = try reader.raw(ColumnCategory.self)
            case 1: name = try reader.string()
            case 2: source = try reader.raw(ColumnSource.self)
            default: url = try reader.string()
            }
        }
        guard let category, let name, let source, let url else { throw Refused() }
        self.init(name: name, url: url, category: category, source: source)
    }
}

extension DatedItem: JSONByteReadable {
    static let memberNames = JSONByteReader.names("date", "title", "url")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var date: CivilDate?, title: String?, url: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: date = reader.takeNull() ? nil : try reader.date()
            case 1: title = try reader.string()
            default: url = reader.takeNull() ? nil : try reader.string()
            }
        }
        guard let title else { throw Refused() }
        self.init(url: url, title: title, date: date)
    }
}

extension IdentityMarks: JSONByteReadable {
    static let memberNames = JSONByteReader.names("conac_badge", "error_report_entry", "icp", "psb_record", "site_id_code")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var conacBadge: Bool?, errorReportEntry: Bool?, icp: String?, psbRecord: String?, siteIDCode: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: conacBadge = try reader.bool()
            case 1: errorReportEntry = try reader.bool()
            case 2: icp = reader.takeNull() ? nil : try reader.string()
            case 3: psbRecord = reader.takeNull() ? nil : try reader.string()
            default: siteIDCode = reader.takeNull() ? nil : try reader.string()
            }
        }
        guard let conacBadge, let errorReportEntry else { throw Refused() }
        self.init(siteIDCode: siteIDCode, icp: icp, psbRecord: psbRecord, conacBadge: conacBadge, errorReportEntry: errorReportEntry)
    }
}

extension ContentHit: JSONByteReadable {
    static let memberNames = JSONByteReader.names("count", "evidence", "extra", "kind")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var count: Int?, evidence: String?, extra: String?, kind: Kind?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: count = try reader.int()
            case 1: evidence = try reader.string()
            case 2: extra = reader.takeNull() ? nil : try reader.string()
            default: kind = try reader.raw(Kind.self)
            }
        }
        guard let count, let evidence, let kind else { throw Refused() }
        self.init(kind: kind, evidence: evidence, extra: extra, count: count)
    }
}

extension BoardMessage: JSONByteReadable {
    static let memberNames = JSONByteReader.names("asked", "replied", "reply_hash", "reply_length", "status", "title", "url")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var asked: CivilDate?, replied: CivilDate?, replyHash: String?, replyLength: Int?, status: MessageStatus?
        var title: String?, url: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: asked = reader.takeNull() ? nil : try reader.date()
            case 1: replied = reader.takeNull() ? nil : try reader.date()
            case 2: replyHash = reader.takeNull() ? nil : try reader.string()
            case 3: replyLength = reader.takeNull() ? nil : try reader.int()
            case 4: status = reader.takeNull() ? nil : try reader.raw(MessageStatus.self)
            case 5: title = try reader.string()
            default: url = reader.takeNull() ? nil : try reader.string()
            }
        }
        guard let title else { throw Refused() }
        self.init(url: url, title: title, asked: asked, replied: replied, status: status, replyHash: replyHash, replyLength: replyLength)
    }
}

extension BodySignature: JSONByteReadable {
    static let memberNames = JSONByteReader.names("length", "minhash", "source")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var length: Int?, minHashes: [UInt32]?, source: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: length = try reader.int()
            case 1:
                guard let hashes = Self.minHashes(base64: try reader.string()) else { throw Refused() }
                minHashes = hashes
            default: source = reader.takeNull() ? nil : try reader.string()
            }
        }
        guard let length, let minHashes else { throw Refused() }
        self.init(minHashes: minHashes, length: length, source: source)
    }
}

extension PolicyLinks: JSONByteReadable {
    static let memberNames = JSONByteReader.names("documents", "interpretations")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var documents: [String]?, interpretations: [String]?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            if field == 0 { documents = try reader.strings() } else { interpretations = try reader.strings() }
        }
        guard let documents, let interpretations else { throw Refused() }
        self.init(interpretations: interpretations, documents: documents)
    }
}
