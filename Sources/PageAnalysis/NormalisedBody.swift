/// An article body's normalised text (letters and digits only, lower case) as the Unicode scalar
/// values its characters hold, in order, with the count of those characters.
///
/// The fingerprint's shingles are read on scalars (``BodyFingerprint``) and the body's length is
/// counted in characters; keeping both here spares an array of `Character`s and its flattening.
struct NormalisedBody {
    /// The scalar values of the characters, back to back.
    private(set) var scalars: [UInt32] = []
    /// How many characters ``scalars`` hold.
    private(set) var characterCount = 0
    /// How many of ``scalars`` the first ``signedLength`` characters hold.
    private(set) var signedScalarCount = 0
    /// How many characters, from the start, the fingerprint reads.
    let signedLength: Int

    init(signedLength: Int = ArticleBodyReader.maxSignedLength) {
        self.signedLength = signedLength
    }

    var isEmpty: Bool { characterCount == 0 }

    /// The scalars of the first ``signedLength`` characters: what the fingerprint reads.
    var signedScalars: ArraySlice<UInt32> { scalars[..<signedScalarCount] }

    /// Appends a character made of the one scalar `value`.
    mutating func append(scalar value: UInt32) {
        scalars.append(value)
        counted()
    }

    /// Appends a character, whatever its scalars.
    mutating func append(_ character: Character) {
        for scalar in character.unicodeScalars { scalars.append(scalar.value) }
        counted()
    }

    /// Appends characters of one scalar each, `values` in order.
    mutating func append(oneScalarCharacters values: UnsafeBufferPointer<UInt32>) {
        let signedBefore = characterCount < signedLength
        scalars.append(contentsOf: values)
        if signedBefore { signedScalarCount += min(values.count, signedLength - characterCount) }
        characterCount += values.count
    }

    /// Appends `characters` characters whose scalars are `values`, back to back, and returns
    /// true; appends nothing and returns false when the fingerprinted prefix would end inside
    /// them and they are not one scalar each: then only their characters tell where it ends.
    mutating func append(_ values: UnsafeBufferPointer<UInt32>, characters: Int) -> Bool {
        if values.count == characters {
            append(oneScalarCharacters: values)
            return true
        }
        let signedAfter = characterCount + characters <= signedLength
        guard signedAfter || characterCount >= signedLength else { return false }
        scalars.append(contentsOf: values)
        characterCount += characters
        if signedAfter { signedScalarCount = scalars.count }
        return true
    }

    private mutating func counted() {
        characterCount += 1
        if characterCount <= signedLength { signedScalarCount = scalars.count }
    }
}
