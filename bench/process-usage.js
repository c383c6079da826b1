/**
 * Preloaded (`node -r`) into each process the region scenario starts: at exit, writes the
 * process's peak resident memory (the kernel's high-water mark, worker threads included) and its
 * CPU time (every thread) as one line of JSON to the file named by BENCH_USAGE_FILE.
 */
const fs = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const line = JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 });
  fs.writeFileSync(process.env.BENCH_USAGE_FILE, line);
});
