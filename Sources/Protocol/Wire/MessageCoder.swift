import Foundation

/// Turns messages into frame payloads and back, with typed errors for every kind of bad input.
public struct MessageCoder: Sendable {
    public init() {}

    /// Encodes a message as one JSON object (UTF-8), keys sorted.
    ///
    /// A batch, the message a worker sends most, and its acknowledgement, the message the
    /// coordinator sends most, are written by ``JSONByteWriter`` straight into bytes; their text is
    /// the encoder's, byte for byte. Every other message goes through `JSONEncoder`.
    public func encode(_ message: Message) throws -> [UInt8] {
        switch message {
        case .batch(let batch):
            var writer = JSONByteWriter(capacity: 4096)
            batch.write(to: &writer, asMessage: true)
            return writer.bytes
        case .ack(let ack):
            var writer = JSONByteWriter(capacity: 48 + ack.batchID.utf8.count)
            ack.write(to: &writer, asMessage: true)
            return writer.bytes
        default:
            return Array(try MessageCoder.encoder.encode(message))
        }
    }

    /// One encoder for every message: its options never change, and making one per message cost
    /// a worker an allocation and a copy of the options per batch.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let decoder = JSONDecoder()

    /// Decodes one frame payload.
    ///
    /// A batch as workers write it is read by ``JSONByteReader`` straight into its values; any
    /// other message, and any batch that reader refuses, is parsed once by `JSONDecoder`, to the
    /// same message. Only a frame the decoder refuses is parsed again, to tell JSON that is broken
    /// or not an object from a message with a wrong field. A batch keeps the text of each of its
    /// pages as it arrived (``Batch/pageTexts``).
    public func decode(_ payload: some Collection<UInt8>) throws(WireError) -> Message {
        let bytes = Array(payload)
        guard MessageCoder.isValidUTF8(bytes) else { throw .invalidUTF8 }
        if let batch = MessageCoder.readBatch(bytes) { return .batch(batch) }
        let data = Data(bytes)
        let message: Message
        do {
            message = try MessageCoder.decoder.decode(Message.self, from: data)
        } catch let error as WireError {
            throw error
        } catch {
            throw MessageCoder.classify(data, decodingError: error)
        }
        guard case .batch(var batch) = message, !batch.pages.isEmpty else { return message }
        batch.pageTexts = MessageCoder.pageTexts(in: bytes, count: batch.pages.count)
        return .batch(batch)
    }

    /// Whether `bytes` are well-formed UTF-8, checked where they lie: `String(validating:)`, which
    /// answers the same, first copied every frame into a string of its own.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if #available(macOS 26, *) {
            return (try? UTF8Span(validating: bytes.span)) != nil
        }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// The batch message in `bytes` (UTF-8), read by ``JSONByteReader``; nil when it refuses them.
    static func readBatch(_ bytes: [UInt8]) -> Batch? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONByteReader(bytes: buffer)
            reader.skipWhitespace()
            guard let batch = try? Batch(readingMessage: &reader, text: buffer), reader.isAtEnd() else { return nil }
            return batch
        }
    }

    /// The text of each element of the frame's `pages`, once the decoder has accepted the frame;
    /// nil when they cannot be told apart or are not `count` (the store then encodes the pages).
    static func pageTexts(in bytes: [UInt8], count: Int) -> [String]? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let ranges = JSONArrayScanner.elementRanges(ofMember: "pages", in: buffer), ranges.count == count else {
                return nil
            }
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
    }

    /// Why `data` is not a message, given the decoder's error: invalid JSON, JSON that is not an
    /// object, or an object whose fields are wrong.
    static func classify(_ data: Data, decodingError: any Error) -> WireError {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return .invalidJSON(MessageCoder.summary(of: error))
        }
        guard object is [String: Any] else { return .invalidMessage("the frame holds JSON that is not an object") }
        if let error = decodingError as? DecodingError { return .invalidMessage(MessageCoder.describe(error)) }
        return .invalidMessage(MessageCoder.summary(of: decodingError))
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "the message" : "\"" + keys.joined(separator: ".") + "\""
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "missing field \"\(key.stringValue)\"\(parent)"
        case .typeMismatch(let type, let context):
            return "field \(path(context)) has the wrong type (expected \(type))"
        case .valueNotFound(let type, let context):
            return "field \(path(context)) is null (expected \(type))"
        case .dataCorrupted(let context):
            return "field \(path(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    static func summary(of error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: error)
        return String(text.prefix(200))
    }
}
