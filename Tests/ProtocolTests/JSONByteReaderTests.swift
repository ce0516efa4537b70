import Foundation
import Testing
@testable import GovSweepProtocol

/// ``JSONByteReader`` reads batch frames without `JSONDecoder`; whatever it takes must decode to
/// exactly what `JSONDecoder` makes of the frame, and what it refuses goes to `JSONDecoder`.
@Suite("Batch frames read without JSONDecoder")
struct JSONByteReaderTests {
    /// What `JSONDecoder` makes of `text`, through `Message`'s `Decodable` conformance; nil when it refuses it.
    static func decoded(_ text: [UInt8]) -> Batch? {
        guard case .batch(let batch)? = try? MessageCoder.decoder.decode(Message.self, from: Data(text)) else { return nil }
        return batch
    }

    static func frame(_ batch: Batch) throws -> [UInt8] {
        try MessageCoder().encode(.batch(batch))
    }

    @Test("batches as workers write them are read to what JSONDecoder decodes, with their page texts")
    func workerFrames() throws {
        for batch in [WriterSamples.batch, Batch(batchID: "w-2", leaseID: "l", siteID: "s")] {
            let bytes = try Self.frame(batch)
            let read = try #require(MessageCoder.readBatch(bytes))
            #expect(read == batch)
            #expect(read == Self.decoded(bytes))
            let scanned = MessageCoder.pageTexts(in: bytes, count: batch.pages.count)
            #expect(read.pageTexts == (batch.pages.isEmpty ? nil : scanned))
        }
    }

    @Test("stored values read back as JSONDecoder reads them; values it refuses are left to JSONDecoder")
    func storedValues() throws {
        let batch = WriterSamples.batch
        for page in batch.pages { #expect(JSONByteReader.read(PageReport.self, from: JSONByteWriter.text(page)) == page) }
        for outcome in batch.links { #expect(JSONByteReader.read(LinkOutcome.self, from: JSONByteWriter.text(outcome)) == outcome) }
        for entry in batch.frontier { #expect(JSONByteReader.read(FrontierEntry.self, from: JSONByteWriter.text(entry)) == entry) }
        for reference in batch.references {
            #expect(JSONByteReader.read(LinkReference.self, from: JSONByteWriter.text(reference)) == reference)
        }
        #expect(JSONByteReader.read(SiteNotes.self, from: " " + JSONByteWriter.text(batch.notes) + "\n") == batch.notes)
        #expect(JSONByteReader.read(LinkReference.self, from: #"{"found_on":[],"kind":"page","target":"t","x":1}"#) == nil)
        #expect(JSONByteReader.read(LinkReference.self, from: #"{"found_on":[],"kind":"page","target":"t"} {}"#) == nil)
    }

    /// Valid JSON written otherwise than the worker writes it: the reader takes it, to the same batch.
    @Test("whitespace, member order, nulls for optionals and escapes read as JSONDecoder reads them", arguments: [
        #" { "v" : 2 , "type" : "batch", "site_id":"s","resolved":[ ],"references":[],"pages":[ {"url":"http:\/\/a\/\u00e9\ud83d\ude00","role":"article","kind":"other","items":[],"hits":[],"depth":0,"title":null,"status":null,"body":null,"messages":null} ] ,"notes":{"robots_blocked":[],"cap":null},"links":[],"lease_id":"l","frontier":[{"url":"u","role":"column","depth":1,"column":null}],"batch_id":"b\n\t\"\\\u0000"}"#,
        #"{"batch_id":"b","frontier":[],"lease_id":"l","links":[{"found_on":[],"kind":"page","target":"t","verdict":"ok","status":-5,"note":"\/"}],"notes":{"robots_blocked":["x"],"tls_error":"e"},"pages":[],"references":[{"found_on":["p"],"kind":"image","target":"t"}],"resolved":["r"],"site_id":"s","type":"batch","v":2}"#,
    ])
    func otherWriting(_ text: String) throws {
        let bytes = Array(text.utf8)
        let read = try #require(MessageCoder.readBatch(bytes))
        #expect(read == (try #require(Self.decoded(bytes))))
        if case .batch(let viaCoder) = try MessageCoder().decode(bytes) { #expect(viaCoder == read) } else { Issue.record("not a batch") }
    }

    /// Frames the reader leaves to `JSONDecoder`: the coder's answer is still `JSONDecoder`'s.
    @Test("unknown, repeated or escaped names, numbers with fractions, lone surrogates and other messages are refused", arguments: [
        #"{"batch_id":"b","extra":1,"frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"b","batch_id":"c","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"b\u0061tch_id":"b","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"b","frontier":[{"url":"u","role":"column","depth":1.0}],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"b","frontier":[{"url":"u","role":"column","depth":1e0}],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"b","frontier":[{"url":"u","role":"column","depth":-0}],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"\ud800","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"batch_id":"b","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":1}"#,
        #"{"batch_id":"b","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"ack","v":2}"#,
        #"{"batch_id":"b","frontier":[],"lease_id":"l","links":[],"notes":{"robots_blocked":[]},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2} x"#,
        #"{"batch_id":"b","frontier":[],"lease_id":"l","links":[],"notes":{},"pages":[],"references":[],"resolved":[],"site_id":"s","type":"batch","v":2}"#,
        #"{"type":"heartbeat","v":2,"leases":["l-1"]}"#,
    ])
    func refused(_ text: String) throws {
        let bytes = Array(text.utf8)
        #expect(MessageCoder.readBatch(bytes) == nil)
        let viaCoder = Result { () throws(WireError) -> Message in try MessageCoder().decode(bytes) }
        let viaDecoder = Result { try MessageCoder.decoder.decode(Message.self, from: Data(bytes)) }
        switch (viaCoder, viaDecoder) {
        case (.success(let coded), .success(let decoded)): #expect(coded == decoded)
        case (.failure, .failure): break
        default: Issue.record("the coder and JSONDecoder disagree on \(text)")
        }
    }

    /// Frames damaged at random (bytes replaced, dropped or repeated): whatever the reader
    /// takes, `JSONDecoder` takes too, to the same batch.
    @Test("damaged frames: the reader never takes what JSONDecoder refuses, nor reads it otherwise")
    func damagedFrames() throws {
        let original = try Self.frame(WriterSamples.batch)
        let replacements = Array(#"{}[]",:0123456789-.eE\ntuflasn "#.utf8)
        var random = SplitMix64(seed: 2026)
        var taken = 0
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0...Int(random.next(below: 3)) {
                let at = Int(random.next(below: UInt64(bytes.count)))
                switch random.next(below: 3) {
                case 0: bytes[at] = replacements[Int(random.next(below: UInt64(replacements.count)))]
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int(random.next(below: 8)))], at: at)
                }
            }
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            guard let read = MessageCoder.readBatch(bytes) else { continue }
            taken += 1
            #expect(read == Self.decoded(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(taken > 0)
    }
}
