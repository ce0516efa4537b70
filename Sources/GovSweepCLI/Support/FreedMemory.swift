#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the process has freed back to the system.
enum FreedMemory {
    /// Between a sweep's crawl and its judging: glibc keeps what the crawl freed in the arenas of
    /// the threads that freed it (NIO's, the store's), where the judging, on another thread, may
    /// not reuse it; `malloc_trim` returns those free pages, so the judging's peak does not come
    /// on top of them. Looked up at run time (the Glibc module does not export `malloc.h`); does
    /// nothing where glibc is not the allocator.
    static func giveBack() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        _ = trim(0)
        #endif
    }
}
