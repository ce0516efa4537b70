/// The link outcomes, frontier entries, references and site notes of a batch, read by
/// ``JSONByteReader`` as their `Decodable` conformances decode them.

extension LinkOutcome: JSONByteReadable {
    static let memberNames = JSONByteReader.names("error", "found_on", "kind", "note", "status", "target", "verdict")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var error: NetworkErrorKind?, foundOn: [String]?, kind: LinkKind?, note: String?, status: Int?, target: String?
        var verdict: LinkVerdict?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: error = reader.takeNull() ? nil : try reader.raw(NetworkErrorKind.self)
            case 1: foundOn = try reader.strings()
            case 2: kind = try reader.raw(LinkKind.self)
            case 3: note = reader.takeNull() ? nil : try reader.string()
            case 4: status = reader.takeNull() ? nil : try reader.int()
            case 5: target = try reader.string()
            default: verdict = try reader.raw(LinkVerdict.self)
            }
        }
        guard let foundOn, let kind, let target, let verdict else { throw Refused() }
        self.init(target: target, kind: kind, verdict: verdict, status: status, error: error, note: note, foundOn: foundOn)
    }
}

extension FrontierEntry: JSONByteReadable {
    static let memberNames = JSONByteReader.names("column", "depth", "role", "url")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var column: ColumnRef?, depth: Int?, role: PageRole?, url: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: column = reader.takeNull() ? nil : try ColumnRef(reading: &reader)
            case 1: depth = try reader.int()
            case 2: role = try reader.raw(PageRole.self)
            default: url = try reader.string()
            }
        }
        guard let depth, let role, let url else { throw Refused() }
        self.init(url: url, role: role, depth: depth, column: column)
    }
}

extension LinkReference: JSONByteReadable {
    static let memberNames = JSONByteReader.names("found_on", "kind", "target")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var foundOn: [String]?, kind: LinkKind?, target: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: foundOn = try reader.strings()
            case 1: kind = try reader.raw(LinkKind.self)
            default: target = try reader.string()
            }
        }
        guard let foundOn, let kind, let target else { throw Refused() }
        self.init(target: target, kind: kind, foundOn: foundOn)
    }
}

extension SiteNotes: JSONByteReadable {
    static let memberNames = JSONByteReader.names("cap", "robots_blocked", "tls_error")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var cap: CrawlCap?, robotsBlocked: [String]?, tlsError: String?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: cap = reader.takeNull() ? nil : try CrawlCap(reading: &reader)
            case 1: robotsBlocked = try reader.strings()
            default: tlsError = reader.takeNull() ? nil : try reader.string()
            }
        }
        guard let robotsBlocked else { throw Refused() }
        self.init(cap: cap, robotsBlocked: robotsBlocked, tlsError: tlsError)
    }
}

extension CrawlCap: JSONByteReadable {
    static let memberNames = JSONByteReader.names("example", "limit", "reason")

    public init(reading reader: inout JSONByteReader) throws(JSONByteReader.Refused) {
        var example: String?, limit: Int?, reason: Reason?
        try reader.object(Self.memberNames) { (reader: inout JSONByteReader, field: Int) throws(Refused) in
            switch field {
            case 0: example = reader.takeNull() ? nil : try reader.string()
            case 1: limit = try reader.int()
            default: reason = try reader.raw(Reason.self)
            }
        }
        guard let limit, let reason else { throw Refused() }
        self.init(reason: reason, limit: limit, example: example)
    }
}
