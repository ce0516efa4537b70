import GovSweepProtocol

extension PageAnalyzer {
    /// The words at least one of which a page holding messages shows (the asked-date labels);
    /// pages without any skip the message reader.
    static let messageMarkers: [[UInt8]] = ["来信", "写信", "留言", "提问时间", "提交时间", "咨询时间"].map { Array($0.utf8) }

    /// The messages a page lists (its rows, then its data island's) or, when it lists none, the
    /// message the page is; nil when it shows none.
    static func messages(
        page: HTMLSnapshot, island: HTMLSnapshot?, text: [UInt8], resolver: URLResolver?, pageResolver: URLResolver?, pageURL: String,
        title: String?, asOf: CivilDate
    ) -> [BoardMessage]? {
        guard messageMarkers.contains(where: { ByteSearch.contains($0, in: text) }) else { return nil }
        let reader = MessageBoardReader(snapshot: page, resolver: resolver, asOf: asOf)
        var messages = reader.listedMessages()
        if let island {
            messages += MessageBoardReader(snapshot: island, resolver: resolver, asOf: asOf).listedMessages()
        }
        // The page's own address, not its <base>: rows elsewhere link to the page by it.
        let ownURL = pageResolver?.absolute ?? pageURL
        if messages.isEmpty, let own = reader.messagePage(url: ownURL, fallbackTitle: title) {
            messages = [own]
        }
        return messages.isEmpty ? nil : Array(messages.prefix(MessageBoardReader.maxMessages))
    }
}
