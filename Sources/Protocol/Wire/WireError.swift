/// What can be wrong with bytes received on a protocol connection. Each case says what the peer did.
public enum WireError: Error, Hashable, Sendable {
    /// The length prefix announces more than the configured maximum.
    case frameTooLarge(length: UInt32, maximum: Int)
    /// A length prefix of zero.
    case emptyFrame
    /// The connection ended inside a frame.
    case truncatedFrame(expected: Int, received: Int)
    case invalidUTF8
    case invalidJSON(String)
    /// The JSON is not an object with a string `type` and an integer `v`, or a payload field is missing or mistyped.
    case invalidMessage(String)
    case unknownType(String)
    case versionMismatch(peer: Int, ours: Int)
    /// An outgoing message that would not fit in one frame.
    case messageTooLarge(length: Int, maximum: Int)

    /// The `code` sent in an `error` message about this failure.
    public var code: String {
        switch self {
        case .frameTooLarge: "frame_too_large"
        case .emptyFrame: "empty_frame"
        case .truncatedFrame: "truncated_frame"
        case .invalidUTF8: "invalid_utf8"
        case .invalidJSON: "invalid_json"
        case .invalidMessage: "invalid_message"
        case .unknownType: "unknown_type"
        case .versionMismatch: "version_mismatch"
        case .messageTooLarge: "message_too_large"
        }
    }
}

extension WireError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .frameTooLarge(let length, let maximum):
            "frame of \(length) bytes exceeds the maximum of \(maximum) bytes (raise --max-frame on both sides if this is legitimate)"
        case .emptyFrame:
            "frame with length 0: every frame must carry one JSON object"
        case .truncatedFrame(let expected, let received):
            "connection closed inside a frame: \(received) of \(expected) bytes received"
        case .invalidUTF8:
            "frame is not valid UTF-8"
        case .invalidJSON(let why):
            "frame is not valid JSON: \(PeerText.quoted(why, limit: 200))"
        case .invalidMessage(let why):
            "message is malformed: \(PeerText.quoted(why, limit: 200))"
        case .unknownType(let type):
            "unknown message type \(PeerText.quoted(type))"
        case .versionMismatch(let peer, let ours):
            "protocol version mismatch: peer speaks v\(peer), this GovSweep speaks v\(ours); run the same GovSweep release on coordinator and workers"
        case .messageTooLarge(let length, let maximum):
            "message of \(length) bytes does not fit in a frame of at most \(maximum) bytes"
        }
    }
}
