/// The normalised text (``NormalisedBody``) of the text nodes in a range of a snapshot, each
/// node read at most once.
///
/// An article's body candidates nest (`div.article` around `div.content` around `div.TRS_Editor`):
/// each candidate's length is the sum of its text nodes' lengths, so the text nodes are read once
/// and only the chosen candidate's body is put together, from the pieces already read.
struct NormalisedPieces {
    private let snapshot: HTMLSnapshot
    /// The first node index of the range.
    private let base: Int
    /// Every piece read so far, back to back (its fingerprinted prefix is not used).
    private var all = NormalisedBody(signedLength: 0)
    /// Per node of the range: where its piece starts in `all` (−1 while it is unread), how many
    /// scalars and how many characters it holds.
    private var pieces: [Piece]

    private struct Piece {
        var start: Int32 = -1
        var scalarCount: Int32 = 0
        var characters: Int32 = 0
    }

    init(snapshot: HTMLSnapshot, nodes: Range<Int>) {
        self.snapshot = snapshot
        base = nodes.lowerBound
        pieces = [Piece](repeating: Piece(), count: nodes.count)
    }

    /// How many normalised characters the text node at `index` (in the range) holds.
    mutating func characterCount(ofText index: Int) -> Int {
        Int(piece(index).characters)
    }

    /// Appends the normalised text of the text node at `index` (in the range) to `body`.
    mutating func append(text index: Int, to body: inout NormalisedBody) {
        let piece = piece(index)
        let appended = all.scalars.withUnsafeBufferPointer {
            body.append(UnsafeBufferPointer(rebasing: $0[Int(piece.start)..<Int(piece.start + piece.scalarCount)]),
                        characters: Int(piece.characters))
        }
        if !appended { Self.append(snapshot.nodes[index], of: snapshot, to: &body) }
    }

    private mutating func piece(_ index: Int) -> Piece {
        let known = pieces[index - base]
        if known.start >= 0 { return known }
        let start = all.scalars.count, characters = all.characterCount
        Self.append(snapshot.nodes[index], of: snapshot, to: &all)
        let piece = Piece(start: Int32(start), scalarCount: Int32(all.scalars.count - start),
                          characters: Int32(all.characterCount - characters))
        pieces[index - base] = piece
        return piece
    }

    /// Appends the normalised text of a text node to `body`: read on its bytes when it holds only
    /// the table's scalars (``NormalisedText``), else on its characters.
    static func append(_ node: HTMLSnapshot.Node, of snapshot: HTMLSnapshot, to body: inout NormalisedBody) {
        let simple = snapshot.textBytes.withUnsafeBufferPointer {
            NormalisedText.appendSimple(UnsafeBufferPointer(rebasing: $0[node.textRange]), to: &body)
        }
        guard !simple, let text = snapshot.text(of: node) else { return }
        for character in text where character.isLetter || character.isNumber {
            for lowered in character.lowercased() { body.append(lowered) }
        }
    }
}
