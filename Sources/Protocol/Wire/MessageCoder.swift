import Foundation

/// Turns messages into frame payloads and back, with typed errors for every kind of bad input.
public struct MessageCoder: Sendable {
    public init() {}

    /// Encodes a message as one JSON object (UTF-8), keys sorted.
    public func encode(_ message: Message) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(message))
    }

    /// Decodes one frame payload.
    public func decode(_ payload: some Collection<UInt8>) throws(WireError) -> Message {
        let bytes = Array(payload)
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .invalidUTF8 }
        let data = Data(bytes)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .invalidJSON(MessageCoder.summary(of: error))
        }
        guard object is [String: Any] else { throw .invalidMessage("the frame holds JSON that is not an object") }
        do {
            return try JSONDecoder().decode(Message.self, from: data)
        } catch let error as WireError {
            throw error
        } catch let error as DecodingError {
            throw .invalidMessage(MessageCoder.describe(error))
        } catch {
            throw .invalidMessage(MessageCoder.summary(of: error))
        }
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
