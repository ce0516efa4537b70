/// The values of a batch, written by ``JSONByteWriter`` as their `Codable` conformances encode
/// them: members in the order of their names' bytes, absent optionals left out.

extension Batch: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        write(to: &writer, asMessage: false)
    }

    /// Writes the batch as a whole `batch` message (with `type` and `v`), or as the payload alone.
    func write(to writer: inout JSONByteWriter, asMessage: Bool) {
        writer.beginObject()
        writer.key("batch_id"); writer.string(batchID)
        writer.key("frontier"); writer.array(frontier)
        writer.key("lease_id"); writer.string(leaseID)
        writer.key("links"); writer.array(links)
        writer.key("notes"); notes.write(to: &writer)
        writer.key("pages"); writer.array(pages)
        writer.key("references"); writer.array(references)
        writer.key("resolved"); writer.strings(resolved)
        writer.key("site_id"); writer.string(siteID)
        if asMessage {
            writer.key("type"); writer.string(Message.Kind.batch.rawValue)
            writer.key("v"); writer.int(ProtocolVersion.current)
        }
        writer.endObject()
    }
}

extension BatchAck: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        write(to: &writer, asMessage: false)
    }

    /// Writes the acknowledgement as a whole `ack` message (with `type` and `v`), or as the payload alone.
    func write(to writer: inout JSONByteWriter, asMessage: Bool) {
        writer.beginObject()
        writer.key("batch_id"); writer.string(batchID)
        if asMessage {
            writer.key("type"); writer.string(Message.Kind.ack.rawValue)
            writer.key("v"); writer.int(ProtocolVersion.current)
        }
        writer.endObject()
    }
}

extension PageReport: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let body { writer.key("body"); body.write(to: &writer) }
        if let column { writer.key("column"); column.write(to: &writer) }
        writer.key("depth"); writer.int(depth)
        if let documentNumber { writer.key("document_number"); writer.string(documentNumber) }
        if let error { writer.key("error"); writer.string(error.rawValue) }
        if let finalURL { writer.key("final_url"); writer.string(finalURL) }
        writer.key("hits"); writer.array(hits)
        if let identity { writer.key("identity"); identity.write(to: &writer) }
        writer.key("items"); writer.array(items)
        writer.key("kind"); writer.string(kind.rawValue)
        if let messages { writer.key("messages"); writer.array(messages) }
        if let policyLinks { writer.key("policy_links"); policyLinks.write(to: &writer) }
        if let published { writer.key("published"); writer.date(published) }
        writer.key("role"); writer.string(role.rawValue)
        if let status { writer.key("status"); writer.int(status) }
        if let title { writer.key("title"); writer.string(title) }
        if let truncated { writer.key("truncated"); writer.string(truncated) }
        writer.key("url"); writer.string(url)
        writer.endObject()
    }
}

extension ColumnRef: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("category"); writer.string(category.rawValue)
        writer.key("name"); writer.string(name)
        writer.key("source"); writer.string(source.rawValue)
        writer.key("url"); writer.string(url)
        writer.endObject()
    }
}

extension DatedItem: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let date { writer.key("date"); writer.date(date) }
        writer.key("title"); writer.string(title)
        if let url { writer.key("url"); writer.string(url) }
        writer.endObject()
    }
}

extension IdentityMarks: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("conac_badge"); writer.bool(conacBadge)
        writer.key("error_report_entry"); writer.bool(errorReportEntry)
        if let icp { writer.key("icp"); writer.string(icp) }
        if let psbRecord { writer.key("psb_record"); writer.string(psbRecord) }
        if let siteIDCode { writer.key("site_id_code"); writer.string(siteIDCode) }
        writer.endObject()
    }
}

extension ContentHit: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("count"); writer.int(count)
        writer.key("evidence"); writer.string(evidence)
        if let extra { writer.key("extra"); writer.string(extra) }
        writer.key("kind"); writer.string(kind.rawValue)
        writer.endObject()
    }
}

extension BoardMessage: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let asked { writer.key("asked"); writer.date(asked) }
        if let replied { writer.key("replied"); writer.date(replied) }
        if let replyHash { writer.key("reply_hash"); writer.string(replyHash) }
        if let replyLength { writer.key("reply_length"); writer.int(replyLength) }
        if let status { writer.key("status"); writer.string(status.rawValue) }
        writer.key("title"); writer.string(title)
        if let url { writer.key("url"); writer.string(url) }
        writer.endObject()
    }
}

extension BodySignature: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("length"); writer.int(length)
        var hashes: [UInt8] = []
        hashes.reserveCapacity(minHashes.count * 4)
        for value in minHashes {
            hashes.append(UInt8(value >> 24))
            hashes.append(UInt8(value >> 16 & 0xFF))
            hashes.append(UInt8(value >> 8 & 0xFF))
            hashes.append(UInt8(value & 0xFF))
        }
        writer.key("minhash"); writer.base64(hashes)
        if let source { writer.key("source"); writer.string(source) }
        writer.endObject()
    }
}

extension PolicyLinks: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("documents"); writer.strings(documents)
        writer.key("interpretations"); writer.strings(interpretations)
        writer.endObject()
    }
}

extension LinkOutcome: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let error { writer.key("error"); writer.string(error.rawValue) }
        writer.key("found_on"); writer.strings(foundOn)
        writer.key("kind"); writer.string(kind.rawValue)
        if let note { writer.key("note"); writer.string(note) }
        if let status { writer.key("status"); writer.int(status) }
        writer.key("target"); writer.string(target)
        writer.key("verdict"); writer.string(verdict.rawValue)
        writer.endObject()
    }
}

extension FrontierEntry: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let column { writer.key("column"); column.write(to: &writer) }
        writer.key("depth"); writer.int(depth)
        writer.key("role"); writer.string(role.rawValue)
        writer.key("url"); writer.string(url)
        writer.endObject()
    }
}

extension LinkReference: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("found_on"); writer.strings(foundOn)
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("target"); writer.string(target)
        writer.endObject()
    }
}

extension SiteNotes: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let cap { writer.key("cap"); cap.write(to: &writer) }
        writer.key("robots_blocked"); writer.strings(robotsBlocked)
        if let tlsError { writer.key("tls_error"); writer.string(tlsError) }
        writer.endObject()
    }
}

extension CrawlCap: JSONByteWritable {
    public func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let example { writer.key("example"); writer.string(example) }
        writer.key("limit"); writer.int(limit)
        writer.key("reason"); writer.string(reason.rawValue)
        writer.endObject()
    }
}
