// How the language server's Node.js process is started: the extension passes these options, the
// commands docs/editors.md gives other editors carry them, and the benchmarks start it the same way.

/**
 * A young generation of 2 MB semi-spaces instead of Node's 16 MB. A scavenge stops the process while
 * it copies what survives in the young generation: parsing a hostile 1 MB draft keeps hundreds of
 * thousands of paragraph and citation objects alive, and with 16 MB each scavenge held the server for
 * 20–70 ms, so a hover on another draft waited up to 130 ms. With 2 MB a scavenge copies at most
 * that much. Checking the official corpus is as fast either way, and the resident memory is smaller.
 * V8 fixes the size when the process starts: it cannot be set from inside the server.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];
