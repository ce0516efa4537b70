/// The lines for copied articles (抄袭): how alike two bodies must be, how long a body must be to
/// count, and which stated origins make an article a normal repost rather than a copy.
public struct CopiedContentRules: Codable, Hashable, Sendable {
    /// Two bodies whose estimated Jaccard similarity (of their character shingles) is at least this are the same text.
    public var similarityAtLeast: Double
    /// Bodies shorter than this many letters and digits are left out (notices, captions, set phrases).
    public var minimumLength: Int
    /// Outlets whose articles every site may repost: a body stating one of them as its 来源 is never a copy.
    public var sharedSources: [String]

    public init(similarityAtLeast: Double, minimumLength: Int, sharedSources: [String]) {
        self.similarityAtLeast = similarityAtLeast
        self.minimumLength = minimumLength
        self.sharedSources = sharedSources
    }

    /// The defaults: nine in ten shingles shared, 100 characters, the central outlets.
    public static let builtIn = CopiedContentRules(
        similarityAtLeast: 0.9, minimumLength: 100,
        sharedSources: ["新华社", "新华网", "人民日报", "人民网", "中国政府网", "国务院", "中央纪委国家监委", "求是", "光明日报",
                        "经济日报", "央视", "中央广播电视总台", "中国新闻网", "中新社", "学习强国"])

    /// The first value that cannot be used, as (key, reason).
    func problem() -> (String, String)? {
        if !(similarityAtLeast > 0 && similarityAtLeast <= 1) { return ("similarity_at_least", "must be a share above 0, at most 1") }
        if minimumLength < 1 { return ("minimum_length", "must be at least 1") }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case similarityAtLeast = "similarity_at_least", minimumLength = "minimum_length", sharedSources = "shared_sources"
    }
}
