import Testing

/// The end-to-end suites: the real `govsweep` binary as processes against a simulated province.
///
/// One test at a time: the processes share the machine's cores, and a loaded machine would turn
/// timeouts into findings. The suites nest here so that `.serialized` covers them all.
@Suite("End to end", .serialized)
enum EndToEnd {}
