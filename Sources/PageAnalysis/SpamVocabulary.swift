/// Gambling, porn and casino vocabulary of injected spam (暗链), and which hosts are "the site".
enum SpamVocabulary {
    /// Terms that make hidden text or a hidden link spam.
    static let hiddenTerms: [String] = [
        "博彩", "竞彩", "真人娱乐", "澳门", "百家乐", "赌场", "赌博", "彩票平台", "六合彩", "时时彩", "葡京",
        "太阳城", "威尼斯人", "老虎机", "棋牌游戏", "体育投注", "皇冠体育", "开户送", "娱乐城", "赌球", "菠菜网",
        "色情", "成人视频", "裸聊", "约炮", "一夜情", "bet365", "sbobet", "casino",
    ]

    /// Terms that make a `<title>`, meta keywords or a visible off-site link spam: the hidden terms
    /// without 澳门 and 竞彩, which government pages use in their own right.
    static let strongTerms: [String] = hiddenTerms.filter { $0 != "澳门" && $0 != "竞彩" }

    /// Gambling compounds that name a casino outright (澳门 alone is a place a leader visits).
    static let casinoNames: [String] = ["澳门博彩", "澳门赌场", "澳门新葡京", "澳门金沙", "澳门银河", "澳门永利", "澳门威尼斯人", "新葡京", "金沙娱乐", "银河娱乐"]

    /// Words of government campaigns and police news against gambling and porn: 打击赌博,
    /// 远离黄赌毒, 扫黄打非, 破获网络赌博案件.
    static let campaignTerms: [String] = ["打击", "整治", "防范", "严禁", "禁止", "远离", "治理", "警惕", "谨防", "举报", "扫黄", "黄赌毒", "专项", "查处", "取缔", "宣传",
                                         "破获", "侦破", "抓获", "警方", "案件", "警示", "诈骗"]

    /// The strong terms, then the casino names, searched in one pass.
    static let strongOrCasino = TermSet(strongTerms + casinoNames)
    private static let campaign = TermSet(campaignTerms)

    /// The spam term of a link's words: a strong term or a casino name, unless the words are a
    /// campaign against it.
    static func spamTerm(in text: String) -> String? {
        guard let found = strongOrCasino.firstTerm(in: text) else { return nil }
        return campaign.firstTerm(in: text) == nil ? found : nil
    }

    /// Hosts an off-site link may point to without being suspect: government, CONAC and state media.
    static func isTrusted(_ host: String) -> Bool {
        let host = host.lowercased()
        if host.hasSuffix(".gov.cn") || host == "gov.cn" || host.hasSuffix(".gov") || host.hasSuffix(".edu.cn") { return true }
        let base = registeredDomain(host)
        return trustedDomains.contains(base)
    }

    private static let trustedDomains: Set<String> = [
        "conac.cn", "people.com.cn", "xinhuanet.com", "news.cn", "cctv.com", "gmw.cn", "chinadaily.com.cn",
        "cnr.cn", "ce.cn", "china.com.cn", "qstheory.cn", "12377.cn", "beian.gov.cn", "miit.gov.cn",
    ]

    /// The registered domain: the last two labels, or three under a second-level `.cn` zone.
    /// Hosts with the same registered domain are one site (`a.srs.gov.cn` and `www.srs.gov.cn`).
    static func registeredDomain(_ host: String) -> String {
        var bytes = host
        if let plain = bytes.withUTF8({ plainRegisteredDomainStart($0) }) {
            return plain == 0 ? host : String(Substring(host.utf8.dropFirst(plain)))
        }
        let labels = host.lowercased().split(separator: ".")
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let keep = labels.last == "cn" && secondLevelZones.contains(labels[labels.count - 2]) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    private static let secondLevelZones: Set<Substring> = ["gov", "com", "org", "net", "edu", "ac"]
    private static let secondLevelZoneBytes: [[UInt8]] = ["gov", "com", "org", "net", "edu", "ac"].map { Array($0.utf8) }

    /// ``registeredDomain(_:)`` of a plain host, read on its bytes: where the registered domain
    /// starts. A plain host is lower-case ASCII letters, digits, `-` and `_` in labels that are
    /// not empty (what `lowercased()` leaves alone and splitting drops nothing from); nil otherwise.
    private static func plainRegisteredDomainStart(_ host: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !host.isEmpty else { return nil }
        // The last three dots are all that is read: kept in three variables, not an array per host.
        var dots = 0
        var last = -1, secondLast = -1, thirdLast = -1
        var previous = UInt8(ascii: ".")
        for (offset, byte) in host.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "."):
                guard previous != UInt8(ascii: ".") else { return nil }  // an empty label
                dots += 1
                thirdLast = secondLast
                secondLast = last
                last = offset
            default:
                return nil
            }
            previous = byte
        }
        guard previous != UInt8(ascii: ".") else { return nil }
        guard dots >= 2 else { return 0 }  // two labels or fewer: the host itself
        let isCN = host.count - last - 1 == 2 && host[last + 1] == UInt8(ascii: "c") && host[last + 2] == UInt8(ascii: "n")
        let zone = UnsafeBufferPointer(rebasing: host[(secondLast + 1)..<last])
        if isCN, secondLevelZoneBytes.contains(where: { $0.elementsEqual(zone) }) {
            return dots >= 3 ? thirdLast + 1 : 0
        }
        return secondLast + 1
    }

    /// Whether ``registeredDomain(_:)`` of `host` is `domain` (its UTF-8), told on the host's bytes
    /// when the host is plain (no string made, nothing allocated); nil when it is not plain.
    static func plainHost(_ host: String, hasRegisteredDomain domain: UnsafeBufferPointer<UInt8>) -> Bool? {
        var host = host
        return host.withUTF8 { bytes in
            guard let start = plainRegisteredDomainStart(bytes) else { return nil }
            // A plain host is ASCII: equal as a string to `domain` exactly when equal as bytes.
            return bytes.count - start == domain.count && UnsafeBufferPointer(rebasing: bytes[start...]).elementsEqual(domain)
        }
    }
}
