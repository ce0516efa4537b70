import Foundation

extension DatabaseLock {
    /// The kernel's random id of the current boot (`/proc/sys/kernel/random/boot_id`), which
    /// changes at every start of the machine; nil where there is none.
    public static func currentBootID() -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/sys/kernel/random/boot_id") else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Whether the machine may have stopped (a power cut, an OS crash, a reboot) since the
    /// previous holder of the lock served the database: its boot id is not this process's, or
    /// the file does not say. Then the last commits the previous process acknowledged may have
    /// rolled back (the store commits with `synchronous = NORMAL`, docs/architecture.md,
    /// "Durability and resume"), and its workers may hold more than the file remembers.
    ///
    /// False when this process's boot id cannot be read: nothing can be told then.
    public var machineRestartedSincePreviousHolder: Bool {
        guard let current = holder.bootID else { return false }
        return previous?.holder.bootID != current
    }
}
