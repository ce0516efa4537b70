import GovSweepProtocol

extension PageWalker {
    /// Records a finished `<a>`: the link, its list item's link, identity marks, nav columns, spam.
    mutating func finishAnchor(_ anchor: Anchor) {
        var label = TextTools.collapsed(utf8: anchor.text)
        if label.isEmpty { label = TextTools.collapsed(anchor.imageText) }
        if label.isEmpty, let title = snapshot.attributeValue(anchor.titleAttribute) { label = TextTools.collapsed(title) }
        label = TextTools.prefix(label, 200)
        let kind = LinkClassifier.kind(ofAnchor: anchor.url, text: label)
        addLink(ExtractedLink(url: anchor.url, text: label, placement: anchor.placement, hidden: anchor.hidden, kind: kind))

        // The phrase is 24 bytes: a shorter label (most) cannot hold it.
        if label.utf8.count >= 24 && ByteSearch.contains(Self.errorReportPhrase, inUTF8: label) || Self.isErrorReportURL(anchor.url) {
            errorReportEntry = true
        }
        let host = anchor.host ?? URLResolver.host(of: anchor.url) ?? ""
        if anchor.keepsHost ? resolverHostIsConac : host.hasSuffix("conac.cn") { conacBadge = true }
        let sameSite = anchor.keepsHost ? resolverHostIsOnSite : isOnSite(host)

        if let container = anchor.container {
            if containers[container].link == nil, kind != .image, !label.isEmpty {
                containers[container].link = (anchor.url, label, anchor.titleAttribute, kind)
            }
        }
        if anchor.placement == .navigation, kind == .page, sameSite, !label.isEmpty {
            navigation.append((label, anchor.url))
        } else if kind == .page, sameSite, label.utf8.count <= 12, Self.moreTexts.contains(label) {
            // Named once the walk is over (``resolveHeaded()``), so that link words are judged as
            // column names only for the URLs a 更多 link leads to.
            moreLinks.append(MoreLink(url: anchor.url, shortText: lastShortText, titleCandidates: titleCandidates.count))
        } else if kind == .page, sameSite, label.utf8.count <= 45 {
            titleCandidates.append((anchor.url, label))
        }
        // A visible link to the site itself is its content, never spam
        // (``spamTerm(linkText:host:hidden:)``): its words are not searched.
        if let group = anchor.group {
            groups[group].links.append((anchor.url, label))
        } else if !sameSite, let term = spamTerm(linkText: label, host: host, hidden: false) {
            addSpam(ContentHit(kind: .spam, evidence: label, extra: anchor.url), term: term)
        }
    }

    /// The national error-report form: `…/exposure/jiucuo.html?site_code=…` (an image link to it
    /// with no words is still the entry).
    static func isErrorReportURL(_ url: String) -> Bool {
        // Both forms hold `jiucuo`: most URLs are ruled out by that one search (for its `j`, rare in URLs).
        (url.utf8.withContiguousStorageIfAvailable({ containsJiucuo($0) }) ?? url.containsBytes("jiucuo"))
            && (url.containsBytes("/exposure/jiucuo.html") || url.containsBytes("site_code="))
    }

    /// A closed `li`/`tr`/`dd` becomes an item when it holds a link and is not a menu or footer
    /// entry: dated by its own text, else a date set apart in the link text, else the link's URL. An undated entry
    /// counts only when its title is long enough to be an article title (5 characters or more).
    mutating func finishContainer(_ container: Container) {
        guard !container.hasChild, !container.excluded, let link = container.link, link.kind != .image else { return }
        if container.hidden, let host = URLResolver.host(of: link.url), !isOnSite(host) {
            return
        }
        var title = link.text
        // The title attribute is read only when the link's words are missing or cut.
        if title.isEmpty || TextTools.hasSuffix(title, utf8: Self.ellipsis) || TextTools.hasSuffix(title, utf8: Self.threeDots),
           let attribute = snapshot.attributeValue(link.title).map({ TextTools.collapsed($0) }), !attribute.isEmpty {
            title = attribute
        }
        var date = firstDate(inUTF8: container.ownText)
        // Words that can hold no date (``TextTools/mayHoldDate(_:)``) are not made into scalars.
        if date == nil, title.utf8.withContiguousStorageIfAvailable({ TextTools.mayHoldDate($0) }) ?? true {
            let scalars = Array(title.unicodeScalars)
            if let match = DateParsing.firstMatch(in: scalars, asOf: asOf), Self.standsApart(match.range, in: scalars) {
                date = match.date
                var kept = scalars
                kept.removeSubrange(match.range)
                title = TextTools.collapsed(String(String.UnicodeScalarView(kept)))
                title = title.trimmingBrackets()
            }
        }
        if date == nil { date = DateParsing.date(inURL: link.url) }
        if date == nil, TextTools.hasFewerScalars(title, than: 5) || (title.utf8.count <= 12 && Self.notTitles.contains(title)) { return }
        items.append(DatedItem(url: link.url, title: title, date: date))
        itemLists.append(isDataIsland ? ContentList.Source.dataIsland : container.aside ? ContentList.Source.aside : Int(container.list))
    }

    /// `DateParsing.firstDate(in: String(decoding: utf8, as: UTF8.self), asOf: asOf)`, without the
    /// string: bytes that can hold no date (most list items' own text is empty or a bracket) give nil
    /// at once, valid UTF-8 is decoded into a scalar buffer the walker keeps, anything else takes the string's way.
    mutating func firstDate(inUTF8 utf8: [UInt8]) -> CivilDate? {
        var scalars: [Unicode.Scalar] = []
        swap(&scalars, &scalarBuffer)
        defer { swap(&scalars, &scalarBuffer) }
        let asOf = self.asOf
        return utf8.withUnsafeBufferPointer { bytes in
            guard TextTools.mayHoldDate(bytes) else { return nil }
            guard TextTools.decodeScalars(bytes, into: &scalars) else {
                return DateParsing.firstDate(in: String(decoding: bytes, as: UTF8.self), asOf: asOf)
            }
            return DateParsing.firstMatch(in: scalars, asOf: asOf)?.date
        }
    }

    static let errorReportPhrase = Array("我为政府网站找错".utf8)
    static let ellipsis = Array("…".utf8), threeDots = Array("...".utf8)

    /// A date in a link's words dates its item only when it stands at their end (`标题 2018-03-01`,
    /// `标题2018-02-05`) or at their start set off from them (`[03-14] 标题`). A date that runs into
    /// the headline (`3月25日起银川机场新增航线`, `关于2018年3月1日会议的通知`) is what the news is
    /// about, not when it was published.
    static func standsApart(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let separators = "[]()（）【】〔〕<>|·:：-—/".unicodeScalars
        func isSeparator(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || separators.contains(s) }
        let after = scalars[range.upperBound...]
        if after.allSatisfy(isSeparator) { return true }
        guard scalars[..<range.lowerBound].allSatisfy(isSeparator), let next = after.first else { return false }
        return isSeparator(next)
    }

    static let notTitles: Set<String> = ["更多", "更多>>", "更多>", "more", "More", "MORE", "更多+", "查看更多", "下一页", "上一页"]

    /// Judges a closed hidden block. Injected spam (暗链) is a hidden link whose own words are
    /// gambling or porn vocabulary (not a campaign against it), leading to the site itself (a
    /// parasite page) or to a host that is neither government nor trusted. A hidden menu headline
    /// with 澳门, a share widget, a CMS credit, a 找错 link or a pop-up of links to IP addresses
    /// carries no such words and is never spam. Hidden text with no link at all is spam only when
    /// it carries two different spam terms.
    mutating func finishGroup(_ group: HiddenGroup) {
        for link in group.links {
            if let term = spamTerm(linkText: link.text, host: URLResolver.host(of: link.url) ?? "", hidden: true) {
                addSpam(ContentHit(kind: .spam, evidence: link.text.isEmpty ? link.url : link.text, extra: link.url), term: term)
            }
        }
        guard group.links.isEmpty, SpamVocabulary.spamTerm(in: group.text) != nil else { return }
        let terms = SpamVocabulary.strongOrCasino.allTerms(in: group.text)
        if Set(terms).count >= 2 {
            addSpam(ContentHit(kind: .spam, evidence: TextTools.prefix(TextTools.collapsed(group.text), 100)), term: terms.first)
        }
    }

    /// The spam term that makes a link to `host` (empty when its URL has none) worded `linkText`
    /// an injected link, or nil. A visible link must also lead off-site (the site's own visible
    /// links are its content).
    mutating func spamTerm(linkText: String, host: String, hidden: Bool) -> String? {
        guard let term = SpamVocabulary.spamTerm(in: linkText) else { return nil }
        guard !host.isEmpty else { return nil }
        if isOnSite(host) { return hidden ? term : nil }
        return SpamVocabulary.isTrusted(host) ? nil : term
    }

    private mutating func addSpam(_ hit: ContentHit, term: String?) {
        guard spam.count < 100 else { return }
        if let index = spam.firstIndex(where: { $0.evidence == hit.evidence && $0.extra == hit.extra }) {
            spam[index].count += 1
        } else {
            spam.append(hit)
        }
    }

    static let moreTexts: Set<String> = ["更多", "更多>>", "更多>", "更多+", "+更多", "更多»", "查看更多", "more", "More", "MORE", "more>>", "MORE>>", ">>", "+"]
    /// Every breadcrumb label contains 位置.
    static let breadcrumbMark = Array("位置".utf8)
    static let breadcrumbLabels = ["当前位置", "您的位置", "所在位置", "现在的位置", "当前的位置"]
    /// Inline elements that wrap just the label: the trail is in their parent.
    static let breadcrumbWrappers: Set<HTMLTag> = [.span, .strong, .b, .em, .label, .font, .i]
    static let breadcrumbSeparators: Set<Character> = [">", "＞", "»", "›", "→", "/", "》"]

    /// Finds the 当前位置 label and reads the trail that follows it in the same block.
    mutating func readBreadcrumb(_ content: String, at index: Int) {
        if breadcrumbEnd < 0 {
            guard let label = Self.breadcrumbLabels.first(where: { content.containsBytes($0) }),
                  let range = Self.firstRange(of: label, in: content)
            else { return }
            var root = Int(nodes[index].parent)
            if root >= 0, Int(nodes[root].end) == index + 1, Self.breadcrumbWrappers.contains(nodes[root].tag),
               nodes[root].parent >= 0 {
                root = Int(nodes[root].parent)
            }
            breadcrumbEnd = root >= 0 ? nodes[root].end : Int32(index + 1)
            var rest = content[range.upperBound...]
            if let colon = rest.firstIndex(where: { $0 == "：" || $0 == ":" }) { rest = rest[rest.index(after: colon)...] }
            addCrumbs(rest)
            return
        }
        guard Int32(index) < breadcrumbEnd else {
            breadcrumbDone = true
            return
        }
        addCrumbs(Substring(content))
    }

    /// `content.firstRange(of: label)`, read on bytes when they tell (``ByteSearch/firstCharacterMatch(of:in:)``).
    private static func firstRange(of label: String, in content: String) -> Range<String.Index>? {
        switch ByteSearch.firstCharacterMatch(of: Array(label.utf8), in: content) {
        case .absent: nil
        case .at(let range): range
        case .unsure: content.firstRange(of: label)
        }
    }

    private mutating func addCrumbs(_ text: Substring) {
        for piece in text.split(whereSeparator: { Self.breadcrumbSeparators.contains($0) }) {
            let crumb = TextTools.collapsed(piece)
            if !crumb.isEmpty, breadcrumb.count < 12 { breadcrumb.append(crumb) }
        }
    }
}

extension String {
    /// Drops brackets and separators a list date leaves behind: `标题 []` → `标题`.
    func trimmingBrackets() -> String {
        let junk: Set<Character> = ["[", "]", "(", ")", "【", "】", "（", "）", " ", "-", "|"]
        var s = Substring(self)
        while let last = s.last, junk.contains(last) { s = s.dropLast() }
        while let first = s.first, junk.contains(first) { s = s.dropFirst() }
        return String(s)
    }
}
