import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// iconv descriptors to UTF-8 kept between conversions, per source encoding.
///
/// Opening a descriptor (`iconv_open`: the converter's module lookup and set-up) cost more than
/// converting a typical GBK page. A conversion takes an idle descriptor (or opens one), owns it
/// alone while it converts, and gives it back reset to its initial state; at most
/// ``idlePerEncoding`` wait per encoding, the rest are closed. Safe from any thread: a descriptor
/// is in the pool or with one caller, never both.
final class IconvPool: Sendable {
    /// Descriptors kept idle per encoding (a worker converts on a few threads at a time).
    static let idlePerEncoding = 8

    /// The process's pool.
    static let shared = IconvPool()

    /// An open descriptor; only its current holder uses it.
    struct Descriptor: @unchecked Sendable {
        let encoding: String
        let handle: iconv_t
    }

    private let idle = Mutex<[String: [Descriptor]]>([:])

    /// Runs `body` with a descriptor converting `encoding` to UTF-8 in its initial state; nil
    /// (and `body` not run) when iconv does not know the encoding.
    func withDescriptor<Result>(from encoding: String, _ body: (iconv_t) -> Result) -> Result? {
        guard let descriptor = take(encoding) else { return nil }
        let result = body(descriptor.handle)
        giveBack(descriptor)
        return result
    }

    /// Descriptors waiting for `encoding` (tests).
    func idleCount(for encoding: String) -> Int {
        idle.withLock { $0[encoding]?.count ?? 0 }
    }

    private func take(_ encoding: String) -> Descriptor? {
        if let reused = idle.withLock({ $0[encoding]?.popLast() }) { return reused }
        guard let handle = iconv_open("UTF-8", encoding), handle != iconv_t(bitPattern: -1) else { return nil }
        return Descriptor(encoding: encoding, handle: handle)
    }

    private func giveBack(_ descriptor: Descriptor) {
        // Back to the initial shift state whatever the last conversion left.
        _ = iconv(descriptor.handle, nil, nil, nil, nil)
        let kept = idle.withLock { idle -> Bool in
            guard idle[descriptor.encoding, default: []].count < Self.idlePerEncoding else { return false }
            idle[descriptor.encoding, default: []].append(descriptor)
            return true
        }
        if !kept { iconv_close(descriptor.handle) }
    }
}
