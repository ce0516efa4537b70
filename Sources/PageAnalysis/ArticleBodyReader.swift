import GovSweepProtocol

/// Reads an article page's body text and the origin it states, and fingerprints the body
/// (``BodySignature``) so that the coordinator can find the same text on other sites.
///
/// The body is the innermost element named as one (`TRS_Editor`, `zoom`, `content`, `article` …)
/// holding at least half the text of the largest such element; a page naming none falls back to
/// its text outside menus and footers. Scripts, styles and the title never count.
struct ArticleBodyReader {
    let snapshot: HTMLSnapshot
    /// The walker's judgements of the page's id and class pairs (``ElementMarks/region``): the
    /// region of an element whose pair it judged is read from it; any other is worked out here.
    var marks = ElementMarksMemo()

    /// Bodies longer than this many characters are fingerprinted on their first part only.
    static let maxSignedLength = 20_000

    /// The page's body fingerprint; nil when the page shows no body text.
    func signature(metaSource: String?) -> BodySignature? {
        let body = bodyText()
        guard !body.isEmpty else { return nil }
        return BodySignature(
            minHashes: BodyFingerprint.minHashes(ofScalars: body.signedScalars), length: body.characterCount,
            source: statedSource() ?? metaSource.flatMap(Self.cleanSource))
    }

    /// The normalised body: letters and digits only, lower case, its first `signedLength`
    /// characters the fingerprinted prefix.
    ///
    /// Each candidate's text nodes are read once however many candidates hold them
    /// (``NormalisedPieces``): only the chosen one's body is put together.
    func bodyText(signedLength: Int = maxSignedLength) -> NormalisedBody {
        var candidates: [Int] = []
        for (index, node) in snapshot.nodes.enumerated() where !node.isText {
            guard node.tag == .article || region(of: node) == .body else { continue }
            candidates.append(index)
        }
        guard let first = candidates.first else { return normalisedPageText(signedLength: signedLength) }
        let last = candidates.map { Int(snapshot.nodes[$0].end) }.max() ?? first + 1
        var pieces = NormalisedPieces(snapshot: snapshot, nodes: (first + 1)..<max(first + 1, last))
        var best: (index: Int, count: Int)?
        var counted: [(index: Int, count: Int)] = []
        for index in candidates {
            var count = 0
            forEachBodyText(under: index) { count += pieces.characterCount(ofText: $0) }
            guard count > 0 else { continue }
            counted.append((index, count))
            if count > best?.count ?? 0 { best = (index, count) }
        }
        guard let best else { return normalisedPageText(signedLength: signedLength) }
        // The innermost candidate that still holds half the text: the body without its title and byline.
        let kept = counted.filter { $0.count * 2 >= best.count }
        let chosen = kept.min { subtreeSize($0.index) < subtreeSize($1.index) }?.index ?? best.index
        var body = NormalisedBody(signedLength: signedLength)
        forEachBodyText(under: chosen) { pieces.append(text: $0, to: &body) }
        return body
    }

    /// Calls `visit` with each text node under the element at `root` that a body candidate reads,
    /// in order: not those of scripts, styles, titles and other text nobody reads, nor a `<nav>`'s.
    private func forEachBodyText(under root: Int, _ visit: (Int) -> Void) {
        var index = root + 1
        let end = Int(snapshot.nodes[root].end)
        while index < end {
            let node = snapshot.nodes[index]
            if node.isText {
                visit(index)
                index += 1
                continue
            }
            switch node.tag {
            case .script, .style, .title, .noscript, .template, .textarea, .nav: index = max(index + 1, Int(node.end))
            default: index += 1
            }
        }
    }

    /// The origin the page states in its text: what follows 来源：/ 转载自, cut at the next byline word.
    ///
    /// A text is searched only when its bytes hold a label's: no character canonically equivalent
    /// to a label's spells it otherwise, so no other text can match.
    func statedSource() -> String? {
        let labels = ["来源：", "来源:", "转载自："]
        let texts = readableTexts()
        let heads = labelHeadOffsets()
        for (position, index) in texts.enumerated() {
            let range = snapshot.nodes[index].textRange
            // A text holds a label only where one of the labels' heads starts in it.
            guard let head = Self.first(in: heads, atLeast: range.lowerBound), head < range.upperBound else { continue }
            guard snapshot.textBytes.withUnsafeBufferPointer({ all in
                let bytes = UnsafeBufferPointer(rebasing: all[range])
                return Self.labelBytes.contains { label in label.withUnsafeBufferPointer { ByteSearch.contains($0, in: bytes) } }
            }) else { continue }
            guard let text = snapshot.text(of: snapshot.nodes[index]) else { continue }
            for (label, bytes) in zip(labels, Self.labelBytes) {
                let found: Range<String.Index>? = switch ByteSearch.firstCharacterMatch(of: bytes, in: text) {
                case .absent: nil
                case .at(let range): range
                case .unsure: text.firstRange(of: label)
                }
                guard let range = found else { continue }
                var rest = String(text[range.upperBound...])
                if rest.allSatisfy(\.isWhitespace), position + 1 < texts.count {
                    rest = snapshot.text(of: snapshot.nodes[texts[position + 1]]) ?? ""
                }
                if let source = Self.cleanSource(rest) { return source }
            }
        }
        return nil
    }

    /// Whether `character` is `|`, `｜`, `【` or `[`. No other character is canonically equivalent
    /// to one of them (none is composed, and no scalar decomposes to one), so their bytes are
    /// compared: `Character ==` against a literal beyond ASCII compares strings.
    static func isSourceSeparator(_ character: Character) -> Bool {
        var utf8 = character.utf8.makeIterator()
        return switch (utf8.next(), utf8.next(), utf8.next(), utf8.next()) {
        case (0x7C?, nil, nil, nil), (0x5B?, nil, nil, nil): true  // | [
        case (0xEF?, 0xBD?, 0x9C?, nil), (0xE3?, 0x80?, 0x90?, nil): true  // ｜ 【
        default: false
        }
    }

    /// Where the labels' heads (来源, 转载自) start in the page's text bytes, in order.
    private func labelHeadOffsets() -> [Int] {
        snapshot.textBytes.withUnsafeBufferPointer { all in
            var offsets: [Int] = []
            for head in Self.labelHeads {
                head.withUnsafeBufferPointer { pin in
                    var from = 0
                    while let at = ByteSearch.firstOffset(of: pin, in: all, from: from) {
                        offsets.append(at)
                        from = at + 1
                    }
                }
            }
            return offsets.sorted()
        }
    }

    /// The first of the ascending `offsets` at or after `start`.
    private static func first(in offsets: [Int], atLeast start: Int) -> Int? {
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < offsets.count ? offsets[low] : nil
    }

    /// The source's first words: up to the next space, separator or byline word, at most 40 characters.
    static func cleanSource(_ raw: String) -> String? {
        // Cut at the first white space after the leading ones: the trailing ones go with it (a
        // text with none has no trailing ones to drop).
        let start = raw.drop { $0.isWhitespace }
        let stop = start.firstIndex { $0.isWhitespace || isSourceSeparator($0) }
        var text = String(start[..<(stop ?? start.endIndex)])
        for (word, first) in Self.stopWords {
            // Only 者 among these words' characters has others canonically the same as it (U+FA5B…),
            // and no word starts with it: a text without a word's first character cannot hold it.
            if ByteSearch.contains(first, inUTF8: text), let range = text.firstRange(of: word) { text = String(text[..<range.lowerBound]) }
        }
        text = String(text.prefix(40))
        return text.isEmpty ? nil : text
    }

    /// Words that end a stated source, each with its first character's UTF-8.
    private static let stopWords = (DateParsing.bylineWords + ["发布", "时间"]).map { ($0, Array(String($0.first!).utf8)) }

    private static let labelBytes = ["来源：", "来源:", "转载自："].map { Array($0.utf8) }
    /// The labels' heads: every label's bytes start with one of them.
    private static let labelHeads = ["来源", "转载自"].map { Array($0.utf8) }

    /// ``LinkClassifier/region(id:class:)`` of an element, from ``marks`` when the walker judged its pair.
    func region(of node: HTMLSnapshot.Node) -> LinkClassifier.Region? {
        guard node.attributeIndex >= 0 else { return nil }
        let spans = snapshot.attributeTable[Int(node.attributeIndex)]
        guard spans.id.isPresent || spans.class.isPresent else { return nil }
        if let known = marks.known(id: spans.id, class: spans.class, in: snapshot.attributeBytes) { return known.region }
        let attributes = snapshot.attributes(of: node)
        return LinkClassifier.region(id: attributes.id, class: attributes.class)
    }

    private func subtreeSize(_ index: Int) -> Int { Int(snapshot.nodes[index].end) - index }

    /// The text nodes outside scripts, styles, titles and other text nobody reads as the body, in
    /// order: a node's subtree is the nodes up to its `end`, so one pass skips each such subtree.
    private func readableTexts() -> [Int] {
        var texts: [Int] = []
        var skipUntil = -1
        for (index, node) in snapshot.nodes.enumerated() where index >= skipUntil {
            if node.isText {
                texts.append(index)
                continue
            }
            switch node.tag {
            case .script, .style, .title, .noscript, .template, .textarea: skipUntil = Int(node.end)
            default: break
            }
        }
        return texts
    }

    /// The normalised text of a page naming no body: all of it outside menus and footers.
    private func normalisedPageText(signedLength: Int) -> NormalisedBody {
        var skipUntil = -1
        var body = NormalisedBody(signedLength: signedLength)
        for (index, node) in snapshot.nodes.enumerated() where index >= skipUntil {
            if !node.isText {
                switch node.tag {
                case .script, .style, .title, .noscript, .template, .textarea, .nav, .footer: skipUntil = Int(node.end)
                default:
                    let region = region(of: node)
                    if region == .navigation || region == .footer { skipUntil = Int(node.end) }
                }
                continue
            }
            NormalisedPieces.append(node, of: snapshot, to: &body)
        }
        return body
    }
}
