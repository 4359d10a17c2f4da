// Preloaded (`node -r`) into a benchmarked process: at exit it writes what the
// process used to the file $BENCH_USAGE_FILE, as JSON: peak resident memory
// (MB) and CPU time, user + system over all threads (ms). CPU time moves far
// less than wall time when the machine is shared.
process.on('exit', () => {
  const { maxRSS } = process.resourceUsage();
  const { user, system } = process.cpuUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ peakMB: maxRSS / 1024, cpuMs: (user + system) / 1000 }));
});
