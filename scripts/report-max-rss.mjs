// Loaded with `node --import`: prints the process's peak resident memory (maxRSS, in KiB) to stderr as
// it exits, and where the memory was at its highest, sampled every 20 ms (V8 heap, external memory
// and ArrayBuffers, which hold WebAssembly memories), for benchmarks that measure a command as its own
// process (scripts/bench-bank-files.ts).
import fs from 'node:fs';

const peaks = {};
const sample = () => {
  const memory = process.memoryUsage();
  for (const [key, value] of Object.entries(memory)) peaks[key] = Math.max(peaks[key] ?? 0, value);
};
setInterval(sample, 20).unref();

process.on('exit', () => {
  sample();
  const mb = (bytes) => (bytes / 1048576).toFixed(0);
  fs.writeSync(
    2,
    `max-rss-kb ${process.resourceUsage().maxRSS}\n` +
      `memory-peaks-mb rss=${mb(peaks.rss)} heapTotal=${mb(peaks.heapTotal)} heapUsed=${mb(peaks.heapUsed)} ` +
      `external=${mb(peaks.external)} arrayBuffers=${mb(peaks.arrayBuffers)}\n`,
  );
});
