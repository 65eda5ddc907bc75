// A process that tries to take an embedded data directory's lock (test/db/server-and-cli.test.ts):
// prints `locked` and holds it for a while, or `in use`, then exits.
import { DataDirectoryInUse, lockDataDir } from '../../src/db/embedded.js';

const [dir, holdMs] = process.argv.slice(2);
try {
  const release = lockDataDir(dir!);
  process.stdout.write('locked\n');
  setTimeout(
    () => {
      release();
      process.exit(0);
    },
    Number(holdMs ?? 1500),
  );
} catch (error) {
  process.stdout.write(error instanceof DataDirectoryInUse ? 'in use\n' : `failed: ${(error as Error).message}\n`);
  process.exit(0);
}
