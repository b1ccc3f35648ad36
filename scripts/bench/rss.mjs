// Preloaded into a measured process: reports its peak resident memory on exit (stderr, one line).
process.on('exit', () => {
  process.stderr.write(`\npaperlist-bench-maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
