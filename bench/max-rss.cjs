// Preloaded (`node -r`) into a benchmarked process: at exit it writes the
// process's peak resident memory, in KB, to the file $BENCH_MAX_RSS_FILE.
process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));
