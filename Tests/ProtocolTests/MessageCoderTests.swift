import Foundation
import Testing
@testable import GovSweepProtocol

@Suite("Message coding")
struct MessageCoderTests {
    let coder = MessageCoder()

    @Test("every message type is covered by the samples")
    func samplesCoverEveryKind() {
        #expect(Set(MessageSamples.all.map(\.kind)) == Set(Message.Kind.allCases))
    }

    @Test("every message survives a round trip", arguments: MessageSamples.all)
    func roundTrip(_ message: Message) throws {
        let bytes = try coder.encode(message)
        #expect(try coder.decode(bytes) == message)
    }

    @Test("every message carries type and v at the top level", arguments: MessageSamples.all)
    func envelope(_ message: Message) throws {
        let object = try JSONSerialization.jsonObject(with: Data(try coder.encode(message))) as? [String: Any]
        #expect(object?["type"] as? String == message.kind.rawValue)
        #expect(object?["v"] as? Int == ProtocolVersion.current)
    }

    @Test("wire field names are snake_case")
    func snakeCase() throws {
        let text = String(decoding: try coder.encode(MessageSamples.all[6]), as: UTF8.self)
        #expect(text.contains("\"lease_id\""))
        #expect(text.contains("\"known_links\""))
        #expect(text.contains("\"site_id\""))
        #expect(text.contains("\"as_of\""))
        #expect(text.contains("\"found_on\""))
    }

    /// The coder keeps one encoder and one decoder for every message: tasks using it at once
    /// must each get their own message back.
    @Test("messages coded from many tasks at once come back whole")
    func concurrentUse() async throws {
        let samples = MessageSamples.all
        let coder = self.coder
        let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for round in 0..<200 {
                        let message = samples[(task + round) % samples.count]
                        if try coder.decode(try coder.encode(message)) != message { wrong += 1 }
                    }
                    return wrong
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test("a frame the decoder refuses is still told apart: broken JSON, not an object, a wrong field")
    func refusedFramesClassified() {
        let broken = Result { () throws(WireError) -> Message in try coder.decode(Array(#"{"type":"ack","v":"#.utf8)) }
        let notObject = Result { () throws(WireError) -> Message in try coder.decode(Array(#""ack""#.utf8)) }
        let wrongField = Result { () throws(WireError) -> Message in
            try coder.decode(Array(#"{"type":"ack","v":\#(ProtocolVersion.current),"batch_id":7}"#.utf8))
        }
        guard case .failure(.invalidJSON) = broken else { Issue.record("broken JSON: \(broken)"); return }
        guard case .failure(.invalidMessage(let why)) = notObject else { Issue.record("a string: \(notObject)"); return }
        #expect(why.contains("not an object"))
        guard case .failure(.invalidMessage(let field)) = wrongField else { Issue.record("wrong field: \(wrongField)"); return }
        #expect(field.contains("batch_id"))
    }

    @Test("invalid UTF-8 is refused")
    func invalidUTF8() {
        #expect(throws: WireError.invalidUTF8) { try coder.decode([0x7B, 0xFF, 0xFE, 0x7D]) }
    }

    /// Edges of UTF-8: overlong forms, surrogates, the last scalar and past it, cut sequences.
    static let utf8Edges: [[UInt8]] = [
        [], Array("{}".utf8), Array("标题 é 🇨🇳".utf8), [0xC2, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xDF, 0xBF],
        [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0x41, 0xE4], [0x80], [0xBF, 0x41], [0xFE], [0xFF],
    ]

    @Test("the frame's UTF-8 check answers as String(validating:)", arguments: utf8Edges)
    func utf8CheckAgreesWithString(_ bytes: [UInt8]) {
        #expect(MessageCoder.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
        let framed = Array("{\"t\":\"".utf8) + bytes + Array("\"}".utf8)
        #expect(MessageCoder.isValidUTF8(framed) == (String(validating: framed, as: UTF8.self) != nil))
    }

    @Test("invalid JSON is refused")
    func invalidJSON() {
        #expect {
            try coder.decode(Array(#"{"type":"hello","#.utf8))
        } throws: { error in
            if case WireError.invalidJSON = error { return true }
            return false
        }
    }

    @Test("JSON that is not an object is refused")
    func notAnObject() {
        #expect {
            try coder.decode(Array("[1,2,3]".utf8))
        } throws: { error in
            if case WireError.invalidMessage = error { return true }
            return false
        }
    }

    @Test("an unknown type is named in the error")
    func unknownType() {
        #expect(throws: WireError.unknownType("teleport")) {
            try coder.decode(Array(#"{"type":"teleport","v":2}"#.utf8))
        }
    }

    @Test("another protocol version is refused, naming both")
    func versionMismatch() {
        #expect(throws: WireError.versionMismatch(peer: 99, ours: ProtocolVersion.current)) {
            try coder.decode(Array(#"{"type":"heartbeat","v":99,"leases":[]}"#.utf8))
        }
        #expect(WireError.versionMismatch(peer: 99, ours: 1).description.contains("v99"))
        #expect(WireError.versionMismatch(peer: 99, ours: 1).description.contains("v1"))
    }

    /// The reason `decode` gave for refusing `text`, when it was an invalid message.
    func invalidMessageReason(_ text: String) -> String? {
        let result = Result { () throws(WireError) -> Message in try coder.decode(Array(text.utf8)) }
        guard case .failure(.invalidMessage(let why)) = result else { return nil }
        return why
    }

    @Test("a missing field is named")
    func missingField() {
        let why = invalidMessageReason(#"{"type":"hello","v":2,"worker_id":"w","host":"h","version":"0.1.0","pending_batches":0}"#)
        #expect(why?.contains("capacity") == true)
    }

    @Test("a mistyped field is refused")
    func mistypedField() {
        let why = invalidMessageReason(#"{"type":"hello","v":2,"worker_id":"w","host":"h","version":"0.1.0","capacity":"eight","pending_batches":0}"#)
        #expect(why?.contains("capacity") == true)
    }

    @Test("a missing type or version is refused")
    func missingEnvelope() {
        for text in [#"{"v":1}"#, #"{"type":"ack","batch_id":"x"}"#, #"{"type":7,"v":1}"#] {
            #expect(throws: WireError.self) { try coder.decode(Array(text.utf8)) }
        }
    }
}
