/// ``MessageBoardLabels`` on a text node's UTF-8 bytes: the reader tells labels, status words
/// and short cells without making a `String` of every text of the page, and makes one only for
/// what it keeps.
///
/// Every answer here is the one the `String` functions give for the collapsed text the bytes
/// spell (``TextTools/collapsed(_:)``), or ``ByteReading/characterPath`` where the scalars alone
/// cannot tell (bytes that are not well-formed UTF-8, a combining mark, a compatibility
/// ideograph): the caller then makes the `String` and asks the `String` function.
extension MessageBoardLabels {
    /// An answer read on bytes, or a hand-over to the `String` functions.
    enum ByteReading<Answer> {
        case answer(Answer)
        case characterPath
    }

    /// A CJK unified ideograph of the basic block, the scalars label names are made of. None has a
    /// canonical decomposition and none composes with another scalar, so a text of them is in
    /// normal form already: two such texts are equal as strings exactly when their scalars are.
    @inline(__always)
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// A scalar other than a basic ideograph that a string may hold where a name has an
    /// ideograph: the CJK compatibility ideographs, whose canonical decomposition is one
    /// ideograph (U+F967 is 不 as a string). No other scalar decomposes into an ideograph, and
    /// none that does not decompose equals one, so a name's text holds nothing else (a test checks
    /// every scalar against the names' ideographs); the reader asks `String` about these.
    @inline(__always)
    static func mayEqualIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }

    /// A scalar that is a character (grapheme cluster) of its own beside any other such scalar,
    /// and that never joins the character before it unless that one is a prepended mark: below
    /// U+0300 (Latin, where no combining mark is; CR and LF never reach the readers uncollapsed),
    /// CJK punctuation U+3001…U+3029 (U+302A on are combining tone marks), the basic ideographs
    /// and fullwidth ASCII (U+FF01…U+FF5E). A test checks every one of them against `String`.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// Gathers the scalars a label name keeps (``isLabelFiller(_:)`` aside) from one or more runs
    /// of bytes (a cell's text nodes), to tell ``field(named:)`` of their joined text.
    struct NameScan {
        private var key = NameKey()
        private var kept = 0
        /// A kept scalar can be in no text equal to a name: the text names no field.
        private var rulesOut = false
        /// A kept scalar may decompose into an ideograph (``mayEqualIdeograph(_:)``), or the bytes
        /// are not well-formed: the `String` path tells.
        private var undecided = false

        /// Reads the scalars of `bytes` after those already read; false once the answer is known.
        /// Runs read one after the other must not split a scalar (each text node is whole UTF-8,
        /// or the scan hands over).
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < bytes.count {
                guard let (scalar, length) = WellFormedUTF8.scalar(in: bytes, at: index) else {
                    // What `String` repairs here counts as scalars too: only it knows how many.
                    undecided = true
                    return false
                }
                index += length
                if MessageBoardLabels.isLabelFiller(scalar) { continue }
                kept += 1
                // More than six scalars kept names no field, whatever they are (as the `String` path counts).
                if kept > 6 { return false }
                if MessageBoardLabels.isIdeograph(scalar) {
                    if kept == 1, !undecided, !MessageBoardLabels.isNameInitial(scalar) {
                        rulesOut = true
                        return false
                    }
                    _ = key.append(scalar)
                } else if MessageBoardLabels.mayEqualIdeograph(scalar) {
                    undecided = true
                } else {
                    rulesOut = true
                }
            }
            return true
        }

        /// ``field(named:)`` of the text read.
        var reading: ByteReading<Field?> {
            if kept > 6 || rulesOut { return .answer(nil) }
            if undecided { return .characterPath }
            if kept == 0 { return .answer(nil) }
            return .answer(MessageBoardLabels.fieldByKey[key])
        }
    }

    /// ``field(named:)`` of the text `bytes` spell.
    static func field(namedUTF8 bytes: UnsafeBufferPointer<UInt8>) -> ByteReading<Field?> {
        var scan = NameScan()
        _ = scan.read(bytes)
        return scan.reading
    }

    /// ``labelled(_:)`` of the collapsed text `bytes` spell (trimmed of spaces at both ends): the
    /// field and the offset in `bytes` where its value starts (just after the colon).
    ///
    /// A match is a name, spaces and a colon, each a character of its own. A name character equals
    /// one ideograph, so it is one scalar (every scalar decomposes into at least one) that is or
    /// decomposes into that ideograph; a space character is exactly " " or "\u{3000}", and the
    /// colon exactly `：` or `:`. So the colon is the first colon scalar, and before it come one to
    /// six ideographs, then only spaces: any other scalar there (ASCII, a combining mark, a symbol),
    /// a space between ideographs or a seventh ideograph rules a match out, whatever characters
    /// the scalars make. A compatibility ideograph there or ill-formed bytes go to the `String`
    /// path, and so does a scalar after the colon that could join it (one that does not
    /// ``standsAlone(_:)``, such as a combining mark).
    static func labelled(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ByteReading<(field: Field, valueStart: Int)?> {
        var key = NameKey()
        var spaceAfterName = false
        var index = 0
        while index < bytes.count {
            guard let (scalar, length) = WellFormedUTF8.scalar(in: bytes, at: index) else {
                // No colon, no label, however `String` repairs the bytes.
                return WellFormedUTF8.containsColon(UnsafeBufferPointer(rebasing: bytes[index...])) ? .characterPath : .answer(nil)
            }
            if scalar == ":" || scalar == "：" {
                guard key.count > 0, let field = fieldByKey[key] else { return .answer(nil) }
                let valueStart = index + length
                guard valueStart < bytes.count else { return .answer((field, valueStart)) }
                guard let (next, _) = WellFormedUTF8.scalar(in: bytes, at: valueStart),
                      TextTools.isSpace(next) || standsAlone(next)
                else { return .characterPath }
                return .answer((field, valueStart))
            }
            index += length
            if TextTools.isSpace(scalar) {
                spaceAfterName = key.count > 0
            } else if isIdeograph(scalar) {
                if key.count == 0, !isNameInitial(scalar) { return .answer(nil) }
                if spaceAfterName || !key.append(scalar) { return .answer(nil) }
            } else if mayEqualIdeograph(scalar) {
                return WellFormedUTF8.containsColon(UnsafeBufferPointer(rebasing: bytes[index...])) ? .characterPath : .answer(nil)
            } else {
                return .answer(nil)
            }
        }
        return .answer(nil)
    }

    /// How a text that is no label reads in a self-labelled row, where only a short text (six
    /// characters at most) can be a status word or a set-aside word.
    enum ShortText {
        /// More than six characters: neither.
        case long
        /// Six characters or fewer, without any scalar of ``statusKeys`` or ``setAsideKeys``: neither.
        case shortWithoutKeys
        /// Six characters or fewer, with such a scalar: ask ``setsAside(_:)`` and ``status(in:)``.
        case shortWithKeys
        /// Ask the `String` functions.
        case characterPath
    }

    /// ``ShortText`` of the collapsed text `bytes` spell (trimmed of spaces at both ends).
    ///
    /// The collapsed text has a scalar for each of these scalars but each run of spaces (one space).
    /// Six scalars or fewer are six characters or fewer; seven scalars that each stand alone,
    /// followed by one that does too (or by nothing), are at least seven characters.
    static func shortText(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ShortText {
        var scalars = 0
        var allStandAlone = true
        var hasKey = false
        var inSpace = false
        var index = 0
        while index < bytes.count {
            guard let (scalar, length) = WellFormedUTF8.scalar(in: bytes, at: index) else { return .characterPath }
            index += length
            if TextTools.isSpace(scalar) {
                if inSpace { continue }
                inSpace = true
            } else {
                inSpace = false
            }
            scalars += 1
            if scalars > 8 { break }
            // A run of spaces is one U+0020 in the collapsed text.
            if !inSpace, !standsAlone(scalar) { allStandAlone = false }
            if isStatusKey(scalar) || isSetAsideKey(scalar) { hasKey = true }
        }
        if scalars <= 6 { return hasKey ? .shortWithKeys : .shortWithoutKeys }
        return allStandAlone ? .long : .characterPath
    }
}
