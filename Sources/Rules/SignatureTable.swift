import GovSweepProtocol

/// The fingerprinted articles of a whole sweep, held as compactly as the copied-content check allows.
///
/// The check compares articles across sites, so every signature of the sweep is in memory at
/// once: at 4,000 sites that is about 314,000 articles. Their values are kept in blocks of
/// ``articlesPerBlock`` articles, each block one buffer of values (``BodySignature/size`` per
/// article, 512 bytes) reserved once and one buffer of the addresses' UTF-8 bytes, and the rest
/// in a 16-byte entry per article: the site and the stated 来源 as indices into tables each
/// distinct one is kept in once, the publication date packed into 32 bits. No article has an
/// array, a string or a heap object of its own, and the table never copies what it holds to grow.
///
/// Signatures of another size than ``BodySignature/size`` are never compared and are not kept.
public struct SignatureTable: Sendable {
    /// A site whose articles the table holds, as the check names it.
    public struct Owner: Hashable, Sendable {
        public var id: String
        public var name: String
        public var unit: String?

        public init(id: String, name: String, unit: String?) {
            self.id = id
            self.name = name
            self.unit = unit
        }
    }

    struct Entry {
        var owner: Int32
        /// ``packed(_:)`` of the publication date; 0 when undated.
        var published: Int32
        /// The body's length, clamped to 32 bits.
        var length: Int32
        /// Index into `sources`; -1 when the page states none.
        var source: Int32
    }

    /// Up to ``articlesPerBlock`` consecutive articles.
    struct Block {
        /// Each article's ``BodySignature/size`` values, article after article.
        var hashes: [UInt32] = []
        /// The articles' addresses as UTF-8, one after the other; article `i`'s ends at `urlEnds[i]`.
        var urlBytes: [UInt8] = []
        var urlEnds: [Int] = []
        /// Whether article `i`'s address is all ASCII (then bytes order as strings do).
        var asciiURL: [Bool] = []
        var entries: [Entry] = []

        init() {
            hashes.reserveCapacity(SignatureTable.articlesPerBlock * BodySignature.size)
            urlEnds.reserveCapacity(SignatureTable.articlesPerBlock)
            asciiURL.reserveCapacity(SignatureTable.articlesPerBlock)
            entries.reserveCapacity(SignatureTable.articlesPerBlock)
        }

        func urlRange(_ local: Int) -> Range<Int> { (local == 0 ? 0 : urlEnds[local - 1])..<urlEnds[local] }
    }

    /// Articles per block: a block's values take 2 MiB.
    static let articlesPerBlock = 4096
    static let blockShift = 12

    private(set) var blocks: [Block] = []
    public private(set) var count = 0
    private(set) var owners: [Owner] = []
    private var ownerIndex: [Owner: Int32] = [:]
    private(set) var sources: [String] = []
    private var sourceIndex: [String: Int32] = [:]

    public init() {}

    /// The table of `articles`, in their order (those with a signature of another size left out).
    public init(_ articles: [SignedArticle]) {
        for article in articles { append(article) }
    }

    /// Adds an article of `owner`'s site; one whose signature is not of ``BodySignature/size`` values is left out.
    public mutating func append(owner: Owner, url: String, published: CivilDate?, signature: BodySignature) {
        guard signature.minHashes.count == BodySignature.size else { return }
        let ownerNumber = ownerIndex[owner] ?? {
            owners.append(owner)
            ownerIndex[owner] = Int32(owners.count - 1)
            return Int32(owners.count - 1)
        }()
        let sourceNumber: Int32 = signature.source.map { source in
            sourceIndex[source] ?? {
                sources.append(source)
                sourceIndex[source] = Int32(sources.count - 1)
                return Int32(sources.count - 1)
            }()
        } ?? -1
        if count & (Self.articlesPerBlock - 1) == 0 { blocks.append(Block()) }
        let last = blocks.count - 1
        blocks[last].hashes.append(contentsOf: signature.minHashes)
        blocks[last].urlBytes.append(contentsOf: url.utf8)
        blocks[last].urlEnds.append(blocks[last].urlBytes.count)
        blocks[last].asciiURL.append(url.utf8.allSatisfy { $0 < 0x80 })
        blocks[last].entries.append(Entry(
            owner: ownerNumber, published: published.map(Self.packed) ?? 0, length: Int32(clamping: signature.length),
            source: sourceNumber))
        count += 1
    }

    /// Adds `page` of `owner`'s site when it is a fingerprinted article fetched fine (as ``SignedArticle/articles(of:pages:)`` takes them).
    public mutating func append(owner: Owner, page: PageReport) {
        guard let body = page.body, page.fetchedFine else { return }
        append(owner: owner, url: page.url, published: page.published, signature: body)
    }

    /// Adds `article`; one whose signature is not of ``BodySignature/size`` values is left out.
    public mutating func append(_ article: SignedArticle) {
        append(owner: Owner(id: article.siteID, name: article.siteName, unit: article.siteUnit), url: article.url,
               published: article.published, signature: article.signature)
    }

    /// Article `index` as a value (for tests, and for what the check reports).
    public subscript(index: Int) -> SignedArticle {
        let owner = owner(index)
        return SignedArticle(
            siteID: owner.id, siteName: owner.name, siteUnit: owner.unit, url: url(index), published: published(index),
            signature: BodySignature(minHashes: values(index), length: Int(entry(index).length), source: source(index)))
    }

    private func entry(_ index: Int) -> Entry {
        blocks[index >> Self.blockShift].entries[index & (Self.articlesPerBlock - 1)]
    }

    func owner(_ index: Int) -> Owner { owners[Int(entry(index).owner)] }

    func published(_ index: Int) -> CivilDate? { Self.unpacked(entry(index).published) }

    /// The publication date as ``packed(_:)`` gives it; 0 when undated.
    func packedDate(_ index: Int) -> Int32 { entry(index).published }

    func length(_ index: Int) -> Int { Int(entry(index).length) }

    func source(_ index: Int) -> String? {
        let number = entry(index).source
        return number < 0 ? nil : sources[Int(number)]
    }

    func url(_ index: Int) -> String {
        let block = blocks[index >> Self.blockShift], local = index & (Self.articlesPerBlock - 1)
        return String(decoding: block.urlBytes[block.urlRange(local)], as: UTF8.self)
    }

    /// The article's signature values.
    func values(_ index: Int) -> [UInt32] {
        let local = index & (Self.articlesPerBlock - 1)
        return Array(blocks[index >> Self.blockShift].hashes[(local * BodySignature.size)..<((local + 1) * BodySignature.size)])
    }

    /// Whether article `a`'s address sorts before `b`'s as Swift orders strings: byte by byte when
    /// both are ASCII (the same order), as strings otherwise.
    func urlPrecedes(_ a: Int, _ b: Int) -> Bool {
        let first = blocks[a >> Self.blockShift], second = blocks[b >> Self.blockShift]
        let localA = a & (Self.articlesPerBlock - 1), localB = b & (Self.articlesPerBlock - 1)
        guard first.asciiURL[localA], second.asciiURL[localB] else { return url(a) < url(b) }
        return first.urlBytes[first.urlRange(localA)].lexicographicallyPrecedes(second.urlBytes[second.urlRange(localB)])
    }

    /// How many values articles `a` and `b` have in common, position by position.
    func equalValues(_ a: Int, _ b: Int) -> Int {
        withValues(a, b) { x, y in
            var equal = 0
            for lane in stride(from: 0, to: BodySignature.size, by: Self.lanes) { equal += Self.equalLanes(x, y, lane) }
            return equal
        }
    }

    /// Whether articles `a` and `b` have at least `needed` values in common; stops as soon as too
    /// many differ (most candidates of a band are not alike).
    func sharesAtLeast(_ a: Int, _ b: Int, _ needed: Int) -> Bool {
        withValues(a, b) { x, y in
            let allowedMisses = BodySignature.size - needed
            var misses = 0
            for lane in stride(from: 0, to: BodySignature.size, by: Self.lanes) {
                misses += Self.lanes - Self.equalLanes(x, y, lane)
                if misses > allowedMisses { return false }
            }
            return true
        }
    }

    /// Values compared 16 at a time (``BodySignature/size`` is a multiple of 16).
    static let lanes = 16

    private static func equalLanes(_ x: UnsafeRawPointer, _ y: UnsafeRawPointer, _ lane: Int) -> Int {
        let offset = lane * MemoryLayout<UInt32>.stride
        let first = x.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt32>.self)
        let second = y.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt32>.self)
        var ones = SIMD16<UInt32>(repeating: 0)
        ones.replace(with: 1, where: first .== second)
        return Int(ones.wrappedSum())
    }

    private func withValues<T>(_ a: Int, _ b: Int, _ body: (UnsafeRawPointer, UnsafeRawPointer) -> T) -> T {
        blocks[a >> Self.blockShift].hashes.withUnsafeBufferPointer { first in
            blocks[b >> Self.blockShift].hashes.withUnsafeBufferPointer { second in
                body(UnsafeRawPointer(first.baseAddress! + (a & (Self.articlesPerBlock - 1)) * BodySignature.size),
                     UnsafeRawPointer(second.baseAddress! + (b & (Self.articlesPerBlock - 1)) * BodySignature.size))
            }
        }
    }

    /// Calls `body` with the values of each article in turn (index, values), in order.
    func forEachSignature(_ body: (Int, UnsafeBufferPointer<UInt32>) -> Void) {
        for (number, block) in blocks.enumerated() {
            block.hashes.withUnsafeBufferPointer { values in
                for local in 0..<block.entries.count {
                    body(number << Self.blockShift + local,
                         UnsafeBufferPointer(rebasing: values[(local * BodySignature.size)..<((local + 1) * BodySignature.size)]))
                }
            }
        }
    }

    /// The date as one number that orders as the dates do: year × 512 + month × 32 + day.
    static func packed(_ date: CivilDate) -> Int32 {
        Int32(date.year * 512 + date.month * 32 + date.day)
    }

    static func unpacked(_ value: Int32) -> CivilDate? {
        value == 0 ? nil : CivilDate(year: Int(value) / 512, month: Int(value) % 512 / 32, day: Int(value) % 32)
    }
}
