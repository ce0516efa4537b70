import Foundation
import GovSweepProtocol
import Testing

@Suite("Body signatures on the wire")
struct BodySignatureTests {
    @Test("the hashes travel as base64 and read back equal; the similarity is the share of equal values")
    func roundTrip() throws {
        let values = (0..<UInt32(BodySignature.size)).map { $0 &* 0x9E37_79B9 }
        let signature = BodySignature(minHashes: values, length: 240, source: "新华社")
        let json = try JSONEncoder().encode(signature)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"minhash\":\""))
        #expect(try JSONDecoder().decode(BodySignature.self, from: json) == signature)
        var other = values
        other[0] &+= 1
        #expect(BodySignature(minHashes: other, length: 240).similarity(to: signature) == Double(values.count - 1) / Double(values.count))
        #expect(BodySignature(minHashes: Array(values.prefix(64)), length: 240).similarity(to: signature) == 0)
    }

    @Test("a page report without a body (from an older worker) decodes with none; a damaged signature is refused")
    func optional() throws {
        let old = #"{"url":"http://a/1.html","role":"article","kind":"article","items":[],"hits":[],"depth":1}"#
        let report = try JSONDecoder().decode(PageReport.self, from: Data(old.utf8))
        #expect(report.body == nil)
        let damaged = #"{"minhash":"abc","length":3}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BodySignature.self, from: Data(damaged.utf8)) }
    }
}
