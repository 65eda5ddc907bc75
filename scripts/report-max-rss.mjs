// Loaded with `node --import`: prints the process's peak resident memory (maxRSS, in KiB) to stderr as
// it exits, and where the memory is then (V8 heap, external memory and ArrayBuffers, which hold
// WebAssembly memories), for benchmarks that measure a command as its own process
// (scripts/bench-bank-files.ts).
import fs from 'node:fs';
import v8 from 'node:v8';

process.on('exit', () => {
  const memory = process.memoryUsage();
  const mb = (bytes) => (bytes / 1048576).toFixed(0);
  const heap = v8.getHeapStatistics();
  fs.writeSync(
    2,
    `max-rss-kb ${process.resourceUsage().maxRSS}\n` +
      `memory-at-exit-mb rss=${mb(memory.rss)} heapTotal=${mb(memory.heapTotal)} heapUsed=${mb(memory.heapUsed)} ` +
      `external=${mb(memory.external)} arrayBuffers=${mb(memory.arrayBuffers)} peakMalloced=${mb(heap.peak_malloced_memory)}\n`,
  );
});
