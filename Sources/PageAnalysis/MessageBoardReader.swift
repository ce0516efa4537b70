import GovSweepProtocol

/// Reads the messages of an online consultation column (互动交流) from a page's snapshot.
///
/// Two shapes of list are read: a table or list whose header row names the fields (信件标题 |
/// 来信时间 | 回复时间 | 办理状态), and rows that label their own values (`来信时间：2024-01-02`,
/// with the status as a bare word such as 已回复). A page that is one message (labels with
/// values, 答复内容 followed by the reply) gives that message with a fingerprint of its reply.
/// Facts only: nothing here decides what is late or unanswered.
struct MessageBoardReader {
    let snapshot: HTMLSnapshot
    let resolver: URLResolver?
    let asOf: CivilDate
    /// Most messages read from one page.
    static let maxMessages = 500
    /// Longest reply text read (characters); a longer reply is fingerprinted on its start.
    static let maxReplyCharacters = 4000

    var nodes: [HTMLSnapshot.Node] { snapshot.nodes }

    /// Messages listed in the page's rows, in page order.
    func listedMessages() -> [BoardMessage] {
        var messages: [BoardMessage] = []
        var index = 0
        while index < nodes.count, messages.count < Self.maxMessages {
            let node = nodes[index]
            guard !node.isText, node.tag == .tr || node.tag == .li || node.tag == .dd else {
                index += Self.isSkipped(node.tag) ? max(1, Int(node.end) - index) : 1
                continue
            }
            // A header names the asked date in a cell; most rows name nothing, told without a list of their cells.
            if namesAskedDate(row: index) {
                let cells = cells(of: index)
                let fields = cells.map(field(ofCell:))
                let known = Set(fields.compactMap { $0 }).subtracting([.ignored, .reply])
                if known.contains(.asked), known.count >= 2 {
                    let (rows, scopeEnd) = dataRows(after: index)
                    // Rows that cannot say whether they were answered are left out: reported bare, they
                    // would read as unanswered (the message page, when fetched, tells).
                    if MessageBoardLabels.tellsAnswers(known) {
                        for row in rows where messages.count < Self.maxMessages {
                            if let message = headedRow(row, fields: fields) { messages.append(message) }
                        }
                    }
                    index = max(index + 1, scopeEnd)
                    continue
                }
            }
            if let message = labelledRow(index) {
                messages.append(message)
                index = max(index + 1, Int(node.end))
                continue
            }
            index += 1
        }
        return messages
    }

    /// The message the page itself is, when it reads as one (and lists none).
    func messagePage(url: String, fallbackTitle: String?) -> BoardMessage? {
        let segments = segments(from: 0, to: nodes.count)
        var title: String?
        var asked: CivilDate?
        var replied: CivilDate?
        var status: MessageStatus?
        var reply: String?
        var askedLabels = 0
        var k = 0
        while k < segments.count {
            defer { k += 1 }
            guard let (named, inline) = label(segments[k]) else { continue }
            var field = named
            let labelNode = segments[k].node
            var value = inline
            if value.isEmpty, field != .reply, k + 1 < segments.count, label(segments[k + 1]) == nil {
                k += 1
                value = text(of: segments[k])
            }
            if field == .status || field == .handling, MessageBoardLabels.setsAside(value) { return nil }
            if field == .handling {
                // 处理情况: a status word, or else the reply's text.
                if let word = MessageBoardLabels.status(in: value) {
                    status = status ?? word
                    continue
                }
                field = .reply
            }
            switch field {
            case .title: title = title ?? (value.isEmpty ? nil : value)
            case .asked:
                askedLabels += 1
                asked = asked ?? DateParsing.firstDate(in: value, asOf: asOf)
            case .replied: replied = replied ?? DateParsing.firstDate(in: value, asOf: asOf)
            case .status: status = status ?? MessageBoardLabels.status(in: value)
            case .answeredFlag: status = status ?? MessageBoardLabels.answeredFlag(in: value)
            case .reply:
                var parts = value.isEmpty ? [] : [value]
                let bound = containerEnd(of: labelNode)
                var next = k + 1
                while next < segments.count, segments[next].node < bound, label(segments[next]) == nil {
                    parts.append(text(of: segments[next]))
                    next += 1
                }
                k = next - 1
                let joined = parts.joined(separator: " ")
                // No more bytes than the limit, no more characters: the whole text, without counting them.
                let text = joined.utf8.count <= Self.maxReplyCharacters ? joined : String(joined.prefix(Self.maxReplyCharacters))
                if !text.isEmpty { reply = reply ?? text }
            case .ignored, .handling: break
            }
        }
        guard askedLabels == 1, let asked, status != nil || replied != nil || reply != nil else { return nil }
        let fingerprint = reply.flatMap(MessageBoardLabels.fingerprint(of:))
        return BoardMessage(
            url: url, title: title ?? fallbackTitle ?? "", asked: asked, replied: replied, status: status,
            replyHash: fingerprint?.hash, replyLength: fingerprint?.length)
    }

    // MARK: Rows

    /// The rows after a header row that belong to its table or list: same tag, under the header's
    /// parent or a sibling of it (a `thead` header over a `tbody`), and where its scope ends.
    private func dataRows(after header: Int) -> (rows: [Int], scopeEnd: Int) {
        let parent = Int(nodes[header].parent)
        let grandparent = parent >= 0 ? Int(nodes[parent].parent) : -1
        let scopeEnd = grandparent >= 0 ? Int(nodes[grandparent].end) : nodes.count
        var rows: [Int] = []
        var index = Int(nodes[header].end)
        while index < scopeEnd {
            let node = nodes[index]
            if !node.isText, node.tag == nodes[header].tag {
                let rowParent = Int(node.parent)
                if rowParent == parent || (rowParent >= 0 && Int(nodes[rowParent].parent) == grandparent) { rows.append(index) }
                index = max(index + 1, Int(node.end))
            } else {
                index += 1
            }
        }
        return (rows, scopeEnd)
    }

    /// A data row read by the header's fields, nil when it is not a message (no date asked).
    private func headedRow(_ row: Int, fields: [MessageBoardLabels.Field?]) -> BoardMessage? {
        let cells = cells(of: row)
        guard cells.count == fields.count else { return nil }
        var title: String?
        var asked: CivilDate?
        var replied: CivilDate?
        var status: MessageStatus?
        for (cell, field) in zip(cells, fields) {
            // Only the columns read need their text.
            guard let field, field != .ignored, field != .reply else { continue }
            let value = text(of: cell)
            switch field {
            case .title: title = value
            case .asked: asked = DateParsing.firstDate(in: value, asOf: asOf)
            case .replied: replied = DateParsing.firstDate(in: value, asOf: asOf)
            case .status, .handling:
                if MessageBoardLabels.setsAside(value) { return nil }
                status = MessageBoardLabels.status(in: value)
            case .answeredFlag: status = MessageBoardLabels.answeredFlag(in: value)
            default: break
            }
        }
        let link = firstLink(under: row)
        guard let asked, let title = title ?? link?.text, !title.isEmpty else { return nil }
        return BoardMessage(url: link?.url, title: title, asked: asked, replied: replied, status: status)
    }

    /// A row that labels its own values (`来信时间：…`), nil unless it says when it was asked and
    /// either a reply date or a status, and links to the message.
    private func labelledRow(_ row: Int) -> BoardMessage? {
        // Only a label gives the asked date, and a label has a colon: a row without one (most) is none.
        guard hasColon(under: row) else { return nil }
        let segments = segments(from: row + 1, to: Int(nodes[row].end))
        var asked: CivilDate?
        var replied: CivilDate?
        var status: MessageStatus?
        var title: String?
        var k = 0
        while k < segments.count {
            defer { k += 1 }
            guard let (field, inline) = rowLabel(segments[k]) else {
                switch withBytes(of: segments[k], MessageBoardLabels.shortText(utf8:)) {
                case .long, .shortWithoutKeys: continue
                case .shortWithKeys:
                    let segment = text(of: segments[k])
                    if MessageBoardLabels.setsAside(segment) { return nil }
                    if status == nil { status = MessageBoardLabels.status(in: segment) }
                    continue
                case .characterPath: break
                }
                let segment = text(of: segments[k])
                if segment.count <= 6, MessageBoardLabels.setsAside(segment) { return nil }
                if status == nil, segment.count <= 6 { status = MessageBoardLabels.status(in: segment) }
                continue
            }
            var value = inline
            if value.isEmpty, k + 1 < segments.count {
                k += 1
                value = text(of: segments[k])
            }
            switch field {
            case .asked: asked = DateParsing.firstDate(in: value, asOf: asOf)
            case .replied: replied = DateParsing.firstDate(in: value, asOf: asOf)
            case .status, .handling:
                if MessageBoardLabels.setsAside(value) { return nil }
                status = MessageBoardLabels.status(in: value)
            case .answeredFlag: status = MessageBoardLabels.answeredFlag(in: value)
            case .title: title = value
            default: break
            }
        }
        guard let asked, replied != nil || status != nil, let link = firstLink(under: row) else { return nil }
        let name = title ?? link.text
        guard !name.isEmpty else { return nil }
        return BoardMessage(url: link.url, title: name, asked: asked, replied: replied, status: status)
    }

    // MARK: Snapshot helpers

    /// The element children of `row` (its cells).
    private func cells(of row: Int) -> [Int] {
        var result: [Int] = []
        var index = row + 1
        let end = Int(nodes[row].end)
        while index < end {
            let node = nodes[index]
            if !node.isText { result.append(index) }
            index = node.isText ? index + 1 : max(index + 1, Int(node.end))
        }
        return result
    }

    /// The collapsed text under `index`: made from the bytes of its one text node when it has
    /// one (what joining would give), without copying them first.
    func text(of index: Int) -> String {
        var only = -1
        for child in (index + 1)..<Int(nodes[index].end) where nodes[child].isText {
            guard only < 0 else { return TextTools.collapsed(snapshot.joinedText(under: index)) }
            only = child
        }
        guard only >= 0 else { return "" }
        return TextTools.collapsed(String(decoding: snapshot.textBytes[nodes[only].textRange], as: UTF8.self))
    }

    /// The first `<a href>` under `index`, resolved, with its text.
    private func firstLink(under index: Int) -> (url: String, text: String)? {
        for child in (index + 1)..<Int(nodes[index].end) where nodes[child].tag == .a {
            guard let href = snapshot.attributes(of: nodes[child]).href, let url = resolver?.resolve(href) else { continue }
            let text = self.text(of: child)
            guard text.isEmpty else { return (url, text) }
            return (url, TextTools.collapsed(snapshot.attributes(of: nodes[child]).title ?? ""))
        }
        return nil
    }

    /// Where the container of a label ends: its parent's parent (the row or block holding label and value).
    private func containerEnd(of textNode: Int) -> Int {
        let parent = Int(nodes[textNode].parent)
        guard parent >= 0 else { return nodes.count }
        let grandparent = Int(nodes[parent].parent)
        return grandparent >= 0 ? Int(nodes[grandparent].end) : nodes.count
    }

    static func isSkipped(_ tag: HTMLTag) -> Bool {
        tag == .script || tag == .style || tag == .title || tag == .template || tag == .textarea || tag == .noscript
    }
}
