/// One protocol message. On the wire: a JSON object with `type`, `v` and the payload's fields.
public enum Message: Hashable, Sendable {
    case hello(Hello)
    case challenge(Challenge)
    case authenticate(Authenticate)
    case welcome(Welcome)
    case reject(Reject)
    case heartbeat(Heartbeat)
    case assign(Assignment)
    case batch(Batch)
    case ack(BatchAck)
    case siteDone(SiteDone)
    case checkLinks(LinkCheckAssignment)
    case linkChecksDone(LinkChecksDone)
    case release(Release)
    case revoke(Revoke)
    case drain(Drain)
    case shutdown(Shutdown)
    case error(ErrorMessage)

    /// The `type` field of each message.
    public enum Kind: String, CaseIterable, Sendable {
        case hello, challenge, authenticate, welcome, reject, heartbeat, assign, batch, ack
        case siteDone = "site_done"
        case checkLinks = "check_links"
        case linkChecksDone = "checks_done"
        case release, revoke, drain, shutdown, error
    }

    public var kind: Kind {
        switch self {
        case .hello: .hello
        case .challenge: .challenge
        case .authenticate: .authenticate
        case .welcome: .welcome
        case .reject: .reject
        case .heartbeat: .heartbeat
        case .assign: .assign
        case .batch: .batch
        case .ack: .ack
        case .siteDone: .siteDone
        case .checkLinks: .checkLinks
        case .linkChecksDone: .linkChecksDone
        case .release: .release
        case .revoke: .revoke
        case .drain: .drain
        case .shutdown: .shutdown
        case .error: .error
        }
    }
}

extension Message: Codable {
    enum EnvelopeKeys: String, CodingKey { case type, v }

    public init(from decoder: any Decoder) throws {
        let envelope = try decoder.container(keyedBy: EnvelopeKeys.self)
        let typeName = try envelope.decode(String.self, forKey: .type)
        let version = try envelope.decode(Int.self, forKey: .v)
        guard version == ProtocolVersion.current else {
            throw WireError.versionMismatch(peer: version, ours: ProtocolVersion.current)
        }
        guard let kind = Kind(rawValue: typeName) else { throw WireError.unknownType(typeName) }
        switch kind {
        case .hello: self = .hello(try Hello(from: decoder))
        case .challenge: self = .challenge(try Challenge(from: decoder))
        case .authenticate: self = .authenticate(try Authenticate(from: decoder))
        case .welcome: self = .welcome(try Welcome(from: decoder))
        case .reject: self = .reject(try Reject(from: decoder))
        case .heartbeat: self = .heartbeat(try Heartbeat(from: decoder))
        case .assign: self = .assign(try Assignment(from: decoder))
        case .batch: self = .batch(try Batch(from: decoder))
        case .ack: self = .ack(try BatchAck(from: decoder))
        case .siteDone: self = .siteDone(try SiteDone(from: decoder))
        case .checkLinks: self = .checkLinks(try LinkCheckAssignment(from: decoder))
        case .linkChecksDone: self = .linkChecksDone(try LinkChecksDone(from: decoder))
        case .release: self = .release(try Release(from: decoder))
        case .revoke: self = .revoke(try Revoke(from: decoder))
        case .drain: self = .drain(try Drain(from: decoder))
        case .shutdown: self = .shutdown(try Shutdown(from: decoder))
        case .error: self = .error(try ErrorMessage(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var envelope = encoder.container(keyedBy: EnvelopeKeys.self)
        try envelope.encode(kind.rawValue, forKey: .type)
        try envelope.encode(ProtocolVersion.current, forKey: .v)
        switch self {
        case .hello(let payload): try payload.encode(to: encoder)
        case .challenge(let payload): try payload.encode(to: encoder)
        case .authenticate(let payload): try payload.encode(to: encoder)
        case .welcome(let payload): try payload.encode(to: encoder)
        case .reject(let payload): try payload.encode(to: encoder)
        case .heartbeat(let payload): try payload.encode(to: encoder)
        case .assign(let payload): try payload.encode(to: encoder)
        case .batch(let payload): try payload.encode(to: encoder)
        case .ack(let payload): try payload.encode(to: encoder)
        case .siteDone(let payload): try payload.encode(to: encoder)
        case .checkLinks(let payload): try payload.encode(to: encoder)
        case .linkChecksDone(let payload): try payload.encode(to: encoder)
        case .release(let payload): try payload.encode(to: encoder)
        case .revoke(let payload): try payload.encode(to: encoder)
        case .drain(let payload): try payload.encode(to: encoder)
        case .shutdown(let payload): try payload.encode(to: encoder)
        case .error(let payload): try payload.encode(to: encoder)
        }
    }
}
