/// A set of strings kept as an array while it is small: a page's few navigation URLs are compared
/// with `==` (a byte comparison for the ASCII strings URLs are) instead of hashed (hashing a
/// `String` runs its normalising hasher over every byte, and a `Set` allocates its table). Past
/// ``limit`` strings it becomes a `Set`. Membership is `String` equality either way.
struct SmallStringSet {
    private var few: [String] = []
    private var many: Set<String>?
    /// The most strings compared one by one.
    static let limit = 24

    /// Adds `string`; true when it was not there yet.
    @discardableResult
    mutating func insert(_ string: String) -> Bool {
        if many != nil { return many!.insert(string).inserted }
        if few.contains(string) { return false }
        few.append(string)
        if few.count > Self.limit {
            many = Set(few)
            few = []
        }
        return true
    }

    /// True when `string` was added.
    func contains(_ string: String) -> Bool {
        many?.contains(string) ?? few.contains(string)
    }
}
