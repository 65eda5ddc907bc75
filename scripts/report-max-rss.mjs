// Loaded with `node --import`: prints the process's peak resident memory (maxRSS, in KiB) to stderr as
// it exits, for benchmarks that measure a command as its own process (scripts/bench-bank-files.ts).
import fs from 'node:fs';

process.on('exit', () => fs.writeSync(2, `max-rss-kb ${process.resourceUsage().maxRSS}\n`));
