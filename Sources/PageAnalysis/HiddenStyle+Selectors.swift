extension HiddenStyle {
    /// Adds the class or id each of a rule's comma-separated selectors has as its subject, read on
    /// bytes when the selector is ASCII (no two ASCII scalars join into one character but CR LF,
    /// and both of those separate compounds), else on characters.
    static func addSubjects(of selector: UnsafeBufferPointer<UInt8>, to names: inout (classes: Set<String>, ids: Set<String>)) {
        guard selector.allSatisfy({ $0 < 0x80 }) else {
            addSubjects(of: String(decoding: selector, as: UTF8.self), classes: &names.classes, ids: &names.ids)
            return
        }
        var start = 0
        for offset in selector.indices where selector[offset] == UInt8(ascii: ",") {
            addSubject(of: UnsafeBufferPointer(rebasing: selector[start..<offset]), to: &names)
            start = offset + 1
        }
        addSubject(of: UnsafeBufferPointer(rebasing: selector[start...]), to: &names)
    }

    /// The subject of one ASCII selector, as ``subjectName(of:)`` finds it: the last compound, or
    /// the one before when the last names no class or id; then only a compound with no `:` or `[`
    /// and exactly one `.` or `#`, followed by at least one byte.
    private static func addSubject(of selector: UnsafeBufferPointer<UInt8>, to names: inout (classes: Set<String>, ids: Set<String>)) {
        var last: Range<Int>?
        var previous: Range<Int>?
        var compoundStart = -1
        for offset in selector.indices {
            if isCombinator(selector[offset]) {
                if compoundStart >= 0 {
                    (previous, last) = (last, compoundStart..<offset)
                    compoundStart = -1
                }
            } else if compoundStart < 0 {
                compoundStart = offset
            }
        }
        if compoundStart >= 0 { (previous, last) = (last, compoundStart..<selector.count) }
        guard var subject = last else { return }
        let isMark = { (byte: UInt8) in byte == UInt8(ascii: ".") || byte == UInt8(ascii: "#") }
        if let previous, !selector[subject].contains(where: isMark) { subject = previous }
        let compound = selector[subject]
        guard !compound.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "[") }),
              let mark = compound.firstIndex(where: isMark),
              !compound[(mark + 1)...].contains(where: isMark),
              mark + 1 < subject.upperBound else { return }
        var name = [UInt8]()
        name.reserveCapacity(subject.upperBound - mark - 1)
        for byte in compound[(mark + 1)...] { name.append(byte &- 65 < 26 ? byte | 0x20 : byte) }
        if selector[mark] == UInt8(ascii: ".") { names.classes.insert(String(decoding: name, as: UTF8.self)) }
        else { names.ids.insert(String(decoding: name, as: UTF8.self)) }
    }

    /// The bytes ``subjectName(of:)`` splits compounds at: space, `>`, `+`, `~`, tab and the
    /// ASCII newlines (LF, VT, FF, CR).
    private static func isCombinator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "~"), 0x09, 0x0A...0x0D: return true
        default: return false
        }
    }
}
