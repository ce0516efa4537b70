#if canImport(Glibc)
import Glibc
#endif

/// glibc's heap settings for a worker process, whose threads analyse one page after another.
enum AnalysisHeap {
    /// By default glibc gives the top of the heap back to the kernel once more than 128 KiB of it
    /// is free and serves blocks above 128 KiB (raised as they are freed) with their own `mmap`:
    /// each analysis of a large page (a snapshot, its text and attribute buffers) then grows the
    /// heap and shrinks it again, and every page it touches afresh is a page fault. Keeping up to
    /// 8 MiB free at the top of each arena and serving blocks under 8 MiB from the arenas makes
    /// the next analysis reuse those pages. Measured with `scripts/analysis-harness` (its
    /// `HARNESS_MALLOPT=8388608,8388608`) and `perf stat -e page-faults`, 100 analyses per page
    /// (BENCHMARKS.md, eighth pass): the Zhejiang article 14,806 → 1,226 faults and 0.061 → 0.004 s
    /// of system time, the Xinxiang homepage 11,768 → 1,563 faults, the 51 KB benchmark page
    /// 1,287 → 1,107; maximum resident size +0.2–0.9 MB; instructions unchanged (callgrind).
    /// Looked up at run time (the Glibc module does not export `malloc.h`); does nothing where
    /// glibc is not the allocator.
    static func keepFreedPages() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(trimThreshold, 8 << 20)
        _ = mallopt(mmapThreshold, 8 << 20)
        #endif
    }
}
