import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll } from 'vitest';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** Runs the CLI as a user would (`npm run linkcy`), in a process of its own. */
export function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Servers this test file started and has not stopped. A failed assertion skips a test's own `stop`:
 * they are killed when the file ends, or when its worker exits, so no server outlives its test run.
 */
const running = new Set<ChildProcess>();
export function stopAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
// Under vitest only: scripts (the webhook bench) use these helpers too.
if (process.env.VITEST) afterAll(stopAllServers);
process.on('exit', stopAllServers);

/** Starts the server as `npm start` does, on an ephemeral port, and resolves once it listens. */
export async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', LINKCY_LOG_LEVEL: env.LINKCY_LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never listened must not outlive the test (it would keep polling its database).
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 45_000);
    child.stdout.on('data', () => {
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return {
    base,
    process: child,
    output: () => output,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

/** Polls until `check` holds, or fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
