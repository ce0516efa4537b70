import GovSweepProtocol

extension PageWalker {
    /// Opens an element: works out its frame (hidden, region, container) and records what it carries.
    mutating func open(_ node: HTMLSnapshot.Node, at index: Int, in parent: Frame) -> Frame {
        var frame = parent
        frame.end = node.end
        frame.opensContainer = false
        frame.opensAnchor = false
        frame.opensGroup = false
        guard node.attributeIndex >= 0 else { return openBare(node, at: index, frame: frame) }
        let attributes = self.attributes(of: node)
        // What the id and class say, judged once per distinct pair of values (read as bytes).
        let hasMarks = attributes.spans.id.isPresent || attributes.spans.class.isPresent
        var marks = ElementMarks()
        if hasMarks {
            let hiddenIDs = self.hiddenIDs, hiddenClasses = self.hiddenClasses, lengths = hiddenClassLengths
            marks = elementMarks.marks(id: attributes.spans.id, class: attributes.spans.class, in: snapshot.attributeBytes) {
                Self.judgeMarks(id: attributes.id, class: attributes.class, hiddenIDs: hiddenIDs, hiddenClasses: hiddenClasses,
                                hiddenClassLengths: lengths)
            }
        }
        // Only an 8-byte value can be `password` in any case (no other letter lower-cases to its letters).
        if attributes.spans.type.count == 8, let type = attributes.type, type.count == 8, type.lowercased() == "password" {
            hasPasswordField = true
        }

        if !frame.hidden, marks.hiddenByName || hides(style: attributes) {
            frame.hidden = true
            frame.opensGroup = true
            frame.group = groups.count
            groups.append(HiddenGroup())  // closed (and removed) before any group opened before it
        }
        if frame.region != .navigation, frame.region != .footer {
            if let region = Self.region(of: node.tag) { frame.region = region }
            else if hasMarks, let region = marks.region { frame.region = region }
        }
        if !frame.aside, hasMarks { frame.aside = marks.aside }

        switch node.tag {
        case .li, .tr, .dd, .script, .style, .noscript, .template, .textarea, .title:
            openByTag(node, at: index, frame: &frame)
        case .a, .area:
            if let (url, host, keepsHost) = resolveHref(attributes) {
                frame.anchor = anchors.count
                frame.opensAnchor = true
                anchors.append(Anchor(url: url, host: host, keepsHost: keepsHost, text: spareBuffers.popLast() ?? [],
                                      titleAttribute: attributes.spans.title,
                                      placement: placement(in: frame), hidden: frame.hidden, container: frame.container,
                                      group: frame.group))
            }
        case .img:
            openImage(attributes, frame: frame)
        case .iframe:
            if let url = resolve(at: attributes.spans.src, in: attributes) {
                addLink(ExtractedLink(url: url, text: TextTools.collapsed(attributes.title ?? ""),
                                      placement: placement(in: frame), hidden: frame.hidden, kind: .iframe))
            }
        case .meta:
            readMeta(attributes)
        case .span, .div:
            if marks.conacSlot { conacBadge = true }
            if marks.errorReportSlot { errorReportEntry = true }
        default:
            break
        }
        return frame
    }

    /// ``open(_:at:in:)`` of an element carrying none of the attributes the walker reads (most
    /// list items, cells, spans and paragraphs): no marks, no style, no link target, so only its
    /// tag counts, and no ``HTMLSnapshot/Attributes`` value is made for it.
    private mutating func openBare(_ node: HTMLSnapshot.Node, at index: Int, frame: Frame) -> Frame {
        var frame = frame
        if frame.region != .navigation, frame.region != .footer, let region = Self.region(of: node.tag) {
            frame.region = region
        }
        openByTag(node, at: index, frame: &frame)
        return frame
    }

    /// The region an element's tag alone gives it (`<nav>`, `<footer>`, `<article>`), else nil.
    private static func region(of tag: HTMLTag) -> LinkClassifier.Region? {
        switch tag {
        case .nav: .navigation
        case .footer: .footer
        case .article: .body
        default: nil
        }
    }

    /// What an element's tag alone makes of it, whatever its attributes: a list item, row or
    /// definition opens a container; a script is read; the text of scripts, styles, titles and
    /// form fields is not the page's (a title's is kept as the title).
    private mutating func openByTag(_ node: HTMLSnapshot.Node, at index: Int, frame: inout Frame) {
        switch node.tag {
        case .li, .tr, .dd:
            openContainer(node, frame: &frame)
        case .script:
            frame.skipText = true
            readScript(node, at: index)
        case .style, .noscript, .template, .textarea:
            frame.skipText = true
        case .title:
            frame.skipText = true
            if title == nil {
                title = TextTools.collapsed(snapshot.joinedText(under: index))
            }
        default:
            break
        }
    }

    /// A list item (`li`, `tr`, `dd`) opens in `frame`.
    private mutating func openContainer(_ node: HTMLSnapshot.Node, frame: inout Frame) {
        if let outer = frame.container { containers[outer].hasChild = true }
        frame.container = containers.count
        frame.opensContainer = true
        let excluded = !isDataIsland && (frame.region == .navigation || frame.region == .footer)
        containers.append(Container(ownText: spareBuffers.popLast() ?? [], excluded: excluded, hidden: frame.hidden,
                                    list: node.parent, aside: frame.aside))
    }

    /// Closes an element: finishes the link, list item and hidden group it opened.
    ///
    /// Elements close innermost first, so what an element opened is the last of its kind still
    /// open: it is taken off its stack, and its text buffer kept for the next link or list item.
    mutating func close(_ frame: Frame) {
        if frame.opensAnchor, let index = frame.anchor {
            assert(index == anchors.count - 1)
            var anchor = anchors.removeLast()
            finishAnchor(anchor)
            recycle(&anchor.text)
        }
        if frame.opensContainer, let index = frame.container {
            assert(index == containers.count - 1)
            var container = containers.removeLast()
            finishContainer(container)
            recycle(&container.ownText)
        }
        if frame.opensGroup, let index = frame.group {
            assert(index == groups.count - 1)
            finishGroup(groups.removeLast())
        }
    }

    /// Keeps a finished link's or list item's text buffer, emptied, for the next one.
    private mutating func recycle(_ buffer: inout [UInt8]) {
        guard spareBuffers.count < 8 else { return }
        var spare: [UInt8] = []
        swap(&spare, &buffer)  // the only reference now, so emptying it keeps its storage
        spare.removeAll(keepingCapacity: true)
        spareBuffers.append(spare)
    }

    /// Text: into the page text, the open link, list item, hidden group and breadcrumb.
    mutating func visitText(_ range: Range<Int>, at index: Int, in frame: Frame) {
        guard !frame.skipText else { return }
        let content = snapshot.textBytes[range]
        text.append(contentsOf: content)
        text.append(10)
        if let anchor = frame.anchor {
            TextTools.append(content, to: &anchors[anchor].text, limit: 600)
        } else {
            if let container = frame.container {
                TextTools.append(content, to: &containers[container].ownText, limit: 1000)
            }
            if content.count <= 60, TextTools.hasNonSpace(content) {
                lastShortText = range
            }
        }
        if let group = frame.group {
            TextTools.append(String(decoding: content, as: UTF8.self), to: &groups[group].text, limit: 2000)
        }
        // A byline may sit in a list item of its own (`<li>2024年12月07日 08时01分</li>`); a list
        // item that already has its link is a list's, and its date is the item's.
        if frame.anchor == nil, frame.container.map({ containers[$0].link == nil }) ?? true,
           content.count <= 160, dateLines.count < 4,
           content.contains(UInt8(ascii: ":")) || content.contains(0xBC) || content.contains(0x86),
           Self.hasDigit(content),
           let date = DateParsing.dateTimeLine(String(decoding: content, as: UTF8.self)) {
            dateLines.append(date)
        }
        if !breadcrumbDone, breadcrumbEnd >= 0 || Self.containsBreadcrumbMark(content) {
            readBreadcrumb(String(decoding: content, as: UTF8.self), at: index)
        }
    }

    /// The 找错 icon: an image whose file name says `jiucuo` (`jiucuo.png`, `bottom_jiucuo.png`,
    /// `…/exposure/images/jiucuo.png`). Sites open the form from it with an `onclick`
    /// (`Link('sitecode')`, `window.open('…jiucuo…site_code=…')`), so the icon is the entry.
    static func isErrorReportIcon(_ src: String) -> Bool {
        // Lower-casing maps no other character to these ASCII letters, so a source without them
        // in any ASCII case has no such name: ruled out on bytes, nothing split.
        guard src.utf8.withContiguousStorageIfAvailable({ containsJiucuoIgnoringASCIICase($0) }) ?? true else { return false }
        let path = src.split(separator: "?", maxSplits: 1).first ?? ""
        let name = LinkClassifier.lastSegment(of: path)
        return name.lowercased().containsBytes("jiucuo")
    }

    private static func containsBreadcrumbMark(_ content: ArraySlice<UInt8>) -> Bool {
        content.withUnsafeBufferPointer { hay in
            breadcrumbMark.withUnsafeBufferPointer { pin in ByteSearch.contains(pin, in: hay) }
        }
    }

    /// Whether an inline style hides the element, remembered per distinct style.
    private mutating func hides(style attributes: HTMLSnapshot.Attributes) -> Bool {
        let span = attributes.spans.style
        guard span.isPresent else { return false }
        let (known, hash) = styleMemo.known(span, in: attributes.bytes)
        if let known { return known }
        // The style's string is made only for a style not seen before.
        let hides = HiddenStyle.hides(attributes.style ?? "")
        styleMemo.remember(span, hash: hash, hides: hides)
        return hides
    }

    mutating func addLink(_ link: ExtractedLink) {
        if links.count < maxLinks { links.append(link) } else { droppedLinks += 1 }
    }

    private static let metaNames: [String: String] = [
        "sitename": "SiteName", "sitedomain": "SiteDomain", "siteidcode": "SiteIDCode", "columnname": "ColumnName",
        "columntype": "ColumnType", "articletitle": "ArticleTitle", "pubdate": "PubDate", "contentsource": "ContentSource",
        "pagecategory": "PageCategory",
        // Other CMSs' names for the publication date (www.gov.cn writes firstpublishedtime).
        "firstpublishedtime": "PubDate", "publishdate": "PubDate", "publishtime": "PubDate",
    ]

    private mutating func readMeta(_ attributes: HTMLSnapshot.Attributes) {
        guard let name = attributes.name?.lowercased(), let content = attributes.content else { return }
        if let key = Self.metaNames[name] {
            if meta[key] == nil { meta[key] = TextTools.collapsed(content) }
        } else if name == "keywords" || name == "description" {
            TextTools.append(content, to: &metaText, limit: 4000)
        }
    }

    /// Inline scripts are kept for pagination and JSON items; data islands for their records;
    /// `src` tells the conac badge and the 找错 entry. Nothing in a script is a link.
    private static let jiucuoPage = Array("/exposure/jiucuo.html".utf8), windowOpen = Array("window.open".utf8)

    private mutating func readScript(_ node: HTMLSnapshot.Node, at index: Int) {
        let attributes = self.attributes(of: node)
        if attributes.id == "_jiucuo_" { errorReportEntry = true }
        if let src = attributes.src {
            if src.containsBytes("jiucuo") { errorReportEntry = true }
            if src.containsBytes("conac.cn") { conacBadge = true }
            return
        }
        // Read as bytes: a script becomes a string only where a reader needs one.
        let body = snapshot.joinedUTF8(under: index)
        guard !body.isEmpty else { return }
        // The national snippet's `function Link(site_code) { window.open("…/exposure/jiucuo.html?site_code=" …) }`,
        // which the footer's icon calls from an onclick (`<a onclick="Link('4201000003')">`).
        if ByteSearch.contains(Self.jiucuoPage, in: body), ByteSearch.contains(Self.windowOpen, in: body) { errorReportEntry = true }
        if let type = attributes.type?.lowercased(), type.containsBytes("xml") {
            dataIslands.append(String(decoding: body, as: UTF8.self))
        } else {
            if writtenMarkup.count < 256 * 1024 {
                body.withUnsafeBufferPointer { ScriptWrites.appendMarkup(in: $0, to: &writtenMarkup) }
            }
            scripts.append(body)
        }
    }
}
