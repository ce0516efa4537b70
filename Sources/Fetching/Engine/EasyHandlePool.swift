import CCurl

/// libcurl easy handles the engine's loop thread keeps between transfers.
///
/// A handle made by `curl_easy_init` for one request and freed by `curl_easy_cleanup` after it
/// cost each transfer the handle's allocation and set-up and its receive buffer. A handle given
/// back here is reset with `curl_easy_reset` (every option back to its default, nothing of the
/// last request left but libcurl's caches) and handed to the next transfer, which sets all its
/// options again. Connections and the DNS cache belong to the multi handle either way.
///
/// Lives on the loop thread only, like the handles; each handle has its error buffer with it.
final class EasyHandlePool {
    /// One easy handle and the buffer libcurl writes its error text into.
    struct Handle {
        let pointer: UnsafeMutableRawPointer
        let errorBuffer: UnsafeMutablePointer<CChar>
    }

    /// Idle handles kept at most; more are freed when given back.
    let capacity: Int
    private var idle: [Handle] = []
    /// Handles made so far (a reused one is not counted again).
    private(set) var made = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    deinit {
        for handle in idle { Self.free(handle) }
    }

    /// Handles waiting for a transfer.
    var idleCount: Int { idle.count }

    /// An idle handle, or a new one; nil when libcurl cannot make one.
    func take() -> Handle? {
        if let handle = idle.popLast() { return handle }
        guard let pointer = curl_easy_init() else { return nil }
        made += 1
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(to: 0)
        return Handle(pointer: pointer, errorBuffer: errorBuffer)
    }

    /// Takes back a handle no multi handle holds any more: its options are reset for the next
    /// transfer, or it is freed when the pool is full.
    func giveBack(_ handle: Handle) {
        guard idle.count < capacity else {
            Self.free(handle)
            return
        }
        curl_easy_reset(handle.pointer)
        handle.errorBuffer[0] = 0
        idle.append(handle)
    }

    /// Frees every idle handle (the loop's tear-down, after the multi handle is gone).
    func drain() {
        for handle in idle { Self.free(handle) }
        idle.removeAll()
    }

    private static func free(_ handle: Handle) {
        curl_easy_cleanup(handle.pointer)
        handle.errorBuffer.deallocate()
    }
}
