import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { lockDataDir } from '../../src/db/embedded.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { cli, root, startServer, stopAllServers, waitFor } from '../helpers/server-process.js';
import { describeEmbedded, engines } from '../helpers/harness.js';

/**
 * The commands a new user runs: the CLI that creates credentials and the server itself, as processes
 * on a fresh embedded data directory (and on PostgreSQL when TEST_DATABASE_URL is set).
 */
// Every test here starts processes (servers, the CLI, initdb); on a loaded two-core machine one start
// can take tens of seconds, and each test waits for its own deadlines anyway.
vi.setConfig({ testTimeout: 120_000 });

const temporary: string[] = [];
const databases: string[] = [];
afterAll(() => {
  temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  for (const name of databases) spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
});

const rmOriginal = fs.rmSync.bind(fs);
const renameOriginal = fs.renameSync.bind(fs);

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-test-'));
  temporary.push(dir);
  return dir;
}

describeEmbedded('the embedded data directory lock', () => {
  it('refuses a directory held by a live process, naming it, and takes over a stale lock', () => {
    const dir = tempDir();
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(dir, 'linkcy.lock'), `${holder.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(ConfigError);
      expect(() => lockDataDir(dir)).toThrow(`is in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
    // A pid that no longer runs: the lock is stale and is taken over.
    fs.writeFileSync(path.join(dir, 'linkcy.lock'), '999999999\n');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'linkcy.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'linkcy.lock'))).toBe(false);
  });
});

describeEmbedded('the embedded data directory lock, taken over', () => {
  it('never removes a live lock another process took between reading a stale one and taking it over', () => {
    const dir = tempDir();
    const file = path.join(dir, 'linkcy.lock');
    fs.writeFileSync(file, '999999999\n');
    const rival = spawn('sleep', ['30']);
    // The rival takes the stale lock over just before this process's own takeover touches the file.
    let raced = false;
    const race = (target: unknown) => {
      if (!raced && target === file) {
        raced = true;
        fs.writeFileSync(file, `${rival.pid}\n`);
      }
    };
    const rm = vi.spyOn(fs, 'rmSync').mockImplementation(((target: fs.PathLike, options?: fs.RmOptions) => {
      race(target);
      return rmOriginal(target, options);
    }) as typeof fs.rmSync);
    const rename = vi.spyOn(fs, 'renameSync').mockImplementation(((from: fs.PathLike, to: fs.PathLike) => {
      race(from);
      return renameOriginal(from, to);
    }) as typeof fs.renameSync);
    try {
      expect(() => lockDataDir(dir)).toThrow(`is in use by process ${rival.pid}`);
      expect(raced).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).toBe(`${rival.pid}\n`);
    } finally {
      rm.mockRestore();
      rename.mockRestore();
      rival.kill();
    }
  });
});

describeEmbedded('the embedded data directory lock, raced', () => {
  it('lets exactly one of three processes starting together take it, with or without a stale lock to take over', { timeout: 90_000 }, async () => {
    const attempt = (dir: string) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/lock-holder.ts', dir, '2500'], { cwd: root });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.on('error', reject);
        child.on('exit', () => resolve(output.trim()));
      });
    const outcomes: string[][] = [];
    for (let trial = 0; trial < 6; trial++) {
      const dir = tempDir();
      if (trial % 2 === 1) fs.writeFileSync(path.join(dir, 'linkcy.lock'), '999999999\n');
      outcomes.push((await Promise.all([attempt(dir), attempt(dir), attempt(dir)])).sort());
      expect(fs.readdirSync(dir)).toEqual([]); // released, and nothing left beside it
    }
    expect(outcomes).toEqual(Array.from({ length: 6 }, () => ['in use', 'in use', 'locked']));
  });
});

describeEmbedded('npm start', () => {
  it('runs the compiled server with no TypeScript loader, first start included, and stops with npm on SIGTERM', async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
    const dir = tempDir();
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { ...process.env, LINKCY_DATA_DIR: dir, PORT: '0', LINKCY_LOG_LEVEL: 'info', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    await waitFor(() => /listening on http:\/\/\S+/.test(output), 45_000, 'npm start to listen');
    const base = /listening on (http:\/\/\S+)/.exec(output)![1]!;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // The process tree is npm -> node: no tsx, no shell left in between.
    const children = spawnSync('ps', ['-o', 'args=', '--ppid', String(npm.pid)], { encoding: 'utf8' }).stdout.trim();
    expect(children).toBe('node dist/main.js');

    npm.kill('SIGTERM');
    await exited;
    // The server went with npm: nothing answers any more (before, an orphaned node kept serving).
    await waitFor(
      () =>
        fetch(`${base}/healthz`).then(
          () => false,
          () => true,
        ),
      10_000,
      'the server to stop',
    );
    expect(output).toContain('shutting down');
  });
});

/** Runs the server until it exits; every line it wrote, parsed (each must be JSON). */
function runServerToExit(env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr, ms: Date.now() - started };
}

describe('start-up', () => {
  it('kills the servers a test left running (a failed assertion skips its stop) when asked, as the file does when it ends', async () => {
    const server = await startServer({ LINKCY_DATA_DIR: tempDir() });
    const exited = new Promise((resolve) => server.process.once('exit', resolve));
    stopAllServers();
    await exited;
    expect(server.process.signalCode).toBe('SIGKILL');
  });

  // The first two need no database at all: once per CI run is enough, with the embedded suites.
  const itEmbedded = engines.includes('pglite') ? it : () => undefined;
  itEmbedded('retries an unreachable database with backoff, one JSON line each, then exits 3 with the reason', () => {
    const run = runServerToExit({ DATABASE_URL: 'postgres://app:S3cretPw@127.0.0.1:1/linkcy', LINKCY_DATABASE_START_TIMEOUT_SECONDS: '2' });
    expect(run.status).toBe(3);
    expect(run.stderr).toBe('');
    const retries = run.lines.filter((line) => line.msg === 'database not reachable yet; retrying');
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]).toMatchObject({ level: 40, reason: 'PostgreSQL at 127.0.0.1:1/linkcy: connect ECONNREFUSED 127.0.0.1:1', retryInMs: 250 });
    expect(retries[1]!.retryInMs).toBe(500);
    expect(run.lines.at(-1)).toMatchObject({
      level: 60,
      exitCode: 3,
      msg: 'linkcy: PostgreSQL at 127.0.0.1:1/linkcy: connect ECONNREFUSED 127.0.0.1:1 (gave up after 2 s; LINKCY_DATABASE_START_TIMEOUT_SECONDS)',
    });
    expect(JSON.stringify(run.lines)).not.toContain('S3cretPw');
  });

  itEmbedded('checks every setting, the master key included, before it waits for anything', () => {
    const run = runServerToExit({
      DATABASE_URL: 'postgres://app:S3cretPw@127.0.0.1:1/linkcy',
      LINKCY_MASTER_KEY: 'too-short',
      LINKCY_DATABASE_START_TIMEOUT_SECONDS: '30',
    });
    expect(run.status).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatchObject({
      level: 60,
      exitCode: 2,
      msg: 'linkcy: Invalid configuration:\n  LINKCY_MASTER_KEY: must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)',
    });
    expect(run.ms).toBeLessThan(10_000);
  });

  if (engines.includes('postgres')) {
    it('waits for a database that does not exist yet, and serves once it does [postgres]', async () => {
      const name = `linkcy_late_${process.pid}_${Date.now()}`;
      databases.push(name);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url.toString(), PORT: '0', LINKCY_LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      try {
        // The database is made only once the server has said it is waiting for it.
        await waitFor(() => output.includes('database not reachable yet'), 60_000, 'the server to wait for its database');
        const created = spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
        expect(created.status).toBe(0);
        await waitFor(() => /listening on http:\/\/\S+/.test(output), 60_000, 'the server to listen');
        const base = /listening on (http:\/\/\S+)/.exec(output)![1]!;
        expect((await fetch(`${base}/readyz`)).status).toBe(200);
        const lines = output
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line));
        expect(lines.find((line) => line.msg === 'database not reachable yet; retrying')).toMatchObject({
          level: 40,
          reason: `PostgreSQL at ${url.hostname}:${url.port || 5432}/${name}: database "${name}" does not exist`,
        });
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    });
  }
});

describeEmbedded('the embedded engine’s first start', () => {
  it('survives a kill -9 in the middle of initialization: the next start redoes it and serves', async () => {
    const dir = tempDir();
    const first = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, LINKCY_DATA_DIR: dir, PORT: '0', LINKCY_LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => first.on('exit', resolve));
    // Wait until initdb is writing the cluster, then kill the server the hard way.
    await waitFor(
      () => fs.readdirSync(dir).some((entry) => entry.startsWith('pgdata.init-') && fs.existsSync(path.join(dir, entry, 'PG_VERSION'))),
      30_000,
      'initialization to start',
    );
    first.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(path.join(dir, 'pgdata'))).toBe(false);

    const server = await startServer({ LINKCY_DATA_DIR: dir });
    try {
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(fs.existsSync(path.join(dir, 'pgdata', '.linkcy-complete'))).toBe(true);
      expect(fs.readdirSync(dir).filter((entry) => entry.startsWith('pgdata.init-'))).toEqual([]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

const targets: [string, () => Record<string, string>][] = engines.includes('pglite') ? [['embedded', () => ({ LINKCY_DATA_DIR: tempDir() })]] : [];
if (engines.includes('postgres')) {
  targets.push([
    'postgres',
    () => {
      // A database of its own, so the listing below sees only this test's credentials.
      const name = `linkcy_cli_${process.pid}_${Date.now()}`;
      const admin = process.env.TEST_DATABASE_URL!;
      const created = spawnSync('psql', [admin, '-qc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
      if (created.status !== 0) throw new Error(created.stderr);
      databases.push(name);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      return { DATABASE_URL: url.toString(), LINKCY_DATA_DIR: tempDir() };
    },
  ]);
}

if (engines.includes('postgres')) {
  describe('several server processes on one database [postgres]', () => {
    it('hold one rate limit per credential through Redis (LINKCY_REDIS_URL), and one each without', async () => {
      const env = targets.find(([target]) => target === 'postgres')![1]();
      const issued = JSON.parse(cli(['credentials', 'create', '--organization', 'Limit Ltd', '--json'], env).stdout);
      const call = (base: string) =>
        fetch(`${base}/entities/`, {
          headers: {
            accept: 'application/vnd.api+json',
            authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`,
          },
        });
      const allowedAcross = async (extra: Record<string, string>) => {
        const servers = [
          await startServer({ ...env, ...extra, LINKCY_RATE_LIMIT: '5' }),
          await startServer({ ...env, ...extra, LINKCY_RATE_LIMIT: '5' }),
        ];
        try {
          await new Promise((resolve) => setTimeout(resolve, 2500)); // buckets full again after start-up calls
          const answers = [];
          for (let i = 0; i < 30; i++) answers.push(await call(servers[i % 2]!.base));
          const refused = answers.find((answer) => answer.status === 429);
          if (refused) expect(refused.headers.get('retry-after')).toBe('1');
          return answers.filter((answer) => answer.status === 200).length;
        } finally {
          for (const server of servers) await server.stop();
        }
      };
      // Bursts of twice the rate (10): shared, the two processes together allow one burst.
      const shared = await allowedAcross({ LINKCY_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' });
      expect(shared).toBeGreaterThanOrEqual(10);
      expect(shared).toBeLessThanOrEqual(13);
      const separate = await allowedAcross({});
      expect(separate).toBeGreaterThanOrEqual(20);
    });

    it('share the sandbox keyring through the database: servers in other directories read the same cards, after keys rotate too', async () => {
      const env = targets.find(([target]) => target === 'postgres')![1]();
      const elsewhere = () => ({ ...env, LINKCY_DATA_DIR: tempDir() });
      const issued = JSON.parse(cli(['credentials', 'create', '--organization', 'Keys Ltd', '--json'], elsewhere()).stdout);
      const call = (base: string, method: string, url: string, body?: unknown) =>
        fetch(`${base}${url}`, {
          method,
          headers: {
            accept: 'application/vnd.api+json',
            'content-type': 'application/vnd.api+json',
            authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`,
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }).then(async (response) => ({ status: response.status, body: await response.json() }));
      const first = await startServer(elsewhere());
      let cardId: string;
      let pan: string;
      try {
        const entity = await call(first.base, 'POST', '/entities/', entityDocument(individualAttributes({ externalId: null })));
        const relationships = { entity: { data: { type: 'entity', id: entity.body.data.id } } };
        expect((await call(first.base, 'POST', '/bank/accounts/', { data: { type: 'bankAccount', relationships } })).status).toBe(201);
        const card = await call(first.base, 'POST', '/cards/', { data: { type: 'card', attributes: { form: 'virtual' }, relationships } });
        cardId = card.body.data.id;
        const details = await call(first.base, 'POST', `/cards/details/${cardId}`);
        expect(details.status).toBe(200);
        pan = details.body.data.attributes.pan;
        const second = await startServer(elsewhere());
        try {
          const seen = await call(second.base, 'POST', `/cards/details/${cardId}`);
          expect([seen.status, seen.body.data.attributes.pan]).toEqual([200, pan]);
        } finally {
          await second.stop();
        }
      } finally {
        await first.stop();
      }
      const rotated = cli(['keys', 'rotate'], elsewhere());
      expect(rotated.stdout).toContain('Master key version 2 is current; 5 data key(s) re-wrapped under it.');
      const third = await startServer(elsewhere());
      try {
        const seen = await call(third.base, 'POST', `/cards/details/${cardId}`);
        expect([seen.status, seen.body.data.attributes.pan]).toEqual([200, pan]);
      } finally {
        await third.stop();
      }
      // A server given a master key that did not make this database refuses to start, and says which.
      const refused = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env: { ...process.env, ...elsewhere(), PORT: '0', LINKCY_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(refused.status).toBe(2);
      const fatal = JSON.parse(refused.stdout.trim().split('\n').at(-1)!);
      expect(fatal).toMatchObject({ level: 60, exitCode: 2 });
      expect(fatal.msg).toContain('wrapped by master key version 2, which LINKCY_MASTER_KEY does not hold (it holds version 1)');
    });

    it('stops accepting a revoked credential in every process at once', async () => {
      const env = targets.find(([target]) => target === 'postgres')![1]();
      const issued = JSON.parse(cli(['credentials', 'create', '--organization', 'Cache Ltd', '--json'], env).stdout);
      const kept = JSON.parse(cli(['credentials', 'create', '--organization', 'Cache Ltd', '--json'], env).stdout);
      const servers = [await startServer(env), await startServer(env)];
      const call = (base: string, credential: { clientId: string; clientSecret: string }) =>
        fetch(`${base}/entities/`, {
          headers: {
            accept: 'application/vnd.api+json',
            authorization: `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`,
          },
        }).then((response) => response.status);
      try {
        // Both processes have read (and cached) the credential.
        for (const server of servers) expect([await call(server.base, issued), await call(server.base, issued)]).toEqual([200, 200]);
        expect(cli(['credentials', 'revoke', issued.clientId], env).status).toBe(0);
        const revokedAt = Date.now();
        const delays: number[] = [];
        for (const server of servers) {
          await waitFor(async () => (await call(server.base, issued)) === 401, 2000, 'the revocation to reach the server');
          delays.push(Date.now() - revokedAt);
        }
        expect(Math.max(...delays)).toBeLessThan(1000);
        for (const server of servers) expect(await call(server.base, kept)).toBe(200);
      } finally {
        for (const server of servers) await server.stop();
      }
    });
  });
}

for (const [target, environment] of targets) {
  describe(`CLI and server [${target}]`, () => {
    it('creates, lists and revokes credentials; the server accepts them and stops on SIGTERM', async () => {
      const env = environment();
      const created = cli(['credentials', 'create', '--organization', 'Acme Fintech', '--json'], env);
      expect(created.status).toBe(0);
      const issued = JSON.parse(created.stdout);
      expect(created.stderr).toBe(`linkcy: warning: created a new organization "Acme Fintech" (${issued.organizationId}).\n`);
      expect(issued).toEqual({
        organizationId: expect.stringMatching(/^org_/),
        organizationCreated: true,
        clientId: expect.stringMatching(/^cli_/),
        clientSecret: expect.stringMatching(/^lcs_[A-Za-z0-9_-]{43}$/),
        scopes: ['cards:sensitive'],
      });

      const human = cli(['credentials', 'create', '--organization', 'Acme Fintech', '--scopes', ''], env);
      expect(human.status).toBe(0);
      expect(human.stdout).toContain(`Organization:  Acme Fintech (${issued.organizationId})`);
      expect(human.stdout).toMatch(/CLIENT_SECRET: lcs_/);

      const listed = cli(['credentials', 'list', '--json'], env);
      expect(listed.status).toBe(0);
      expect(listed.stdout).not.toContain(issued.clientSecret);
      const rows = JSON.parse(listed.stdout);
      expect(rows).toHaveLength(2);
      expect(rows.map((row: { clientId: string }) => row.clientId)).toContain(issued.clientId);

      const bad = cli(['credentials', 'create', '--organization', 'X', '--scopes', 'everything'], env);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('Unknown scope(s): everything');

      // The server, as `npm start` runs it, on an ephemeral port.
      const server = await startServer(env);
      const base = server.base;
      if (target === 'embedded') {
        // While the server runs, the CLI cannot open the same embedded database, and says why.
        const locked = cli(['credentials', 'list'], env);
        expect(locked.status).toBe(4);
        expect(locked.stderr).toContain(`is in use by process ${server.process.pid}`);
      }

      const authorization = `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`;
      const response = await fetch(`${base}/entities/`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/vnd.api+json', accept: 'application/vnd.api+json' },
        body: JSON.stringify(entityDocument(individualAttributes())),
      });
      expect(response.status).toBe(201);
      const list = await fetch(`${base}/entities/`, { headers: { authorization } });
      expect((await list.json()).data).toHaveLength(1);
      const entityId = (await response.json()).data.id;
      const jsonApi = { authorization, 'content-type': 'application/vnd.api+json' };
      const account = await fetch(`${base}/bank/accounts/`, {
        method: 'POST',
        headers: jsonApi,
        body: JSON.stringify({ data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entityId } } } } }),
      });
      expect(account.status).toBe(201);
      const { iban } = (await account.json()).data.attributes;
      const transfer = await fetch(`${base}/simulations/incoming-transfers`, {
        method: 'POST',
        headers: jsonApi,
        body: JSON.stringify({
          data: {
            type: 'incomingTransfer',
            attributes: { iban, amount: 4200, currency: 'EUR', debtorName: 'Babbage', debtorIban: 'DE89370400440532013000' },
          },
        }),
      });
      expect(transfer.status).toBe(201);
      const card = await fetch(`${base}/cards/`, {
        method: 'POST',
        headers: jsonApi,
        body: JSON.stringify({
          data: { type: 'card', attributes: { form: 'virtual' }, relationships: { entity: { data: { type: 'entity', id: entityId } } } },
        }),
      });
      expect(card.status).toBe(201);
      const details = await fetch(`${base}/cards/details/${entityId}`, { method: 'POST', headers: { authorization } });
      expect(details.status).toBe(200);
      const { pan } = (await details.json()).data.attributes;

      expect(await server.stop()).toBe(0);
      expect(server.output()).not.toContain(issued.clientSecret);
      expect(server.output()).not.toContain(pan);

      // Once stopped, the CLI opens the database again, and a revocation takes effect.
      const revoked = cli(['credentials', 'revoke', issued.clientId], env);
      expect(revoked.status).toBe(0);
      expect(cli(['credentials', 'revoke', issued.clientId], env).status).toBe(1);

      const audit = cli(['audit', 'verify'], env);
      expect(audit.stdout).toMatch(/^Audit log verified: \d+ entries in \d+ chain\(s\), each ending at its head\.\nCheckpoint: [0-9a-f]{64}$/m);
      expect(audit.status).toBe(0);
      // The --json output, kept elsewhere, is a checkpoint a later verify extends.
      const checkpointFile = path.join(os.tmpdir(), `linkcy-checkpoint-${process.pid}-${Date.now()}.json`);
      fs.writeFileSync(checkpointFile, cli(['audit', 'verify', '--json'], env).stdout);
      expect(cli(['audit', 'verify', '--checkpoint', checkpointFile], env)).toMatchObject({
        status: 0,
        stdout: expect.stringContaining(`, extending the checkpoint ${checkpointFile}.`),
      });
      fs.writeFileSync(checkpointFile, fs.readFileSync(checkpointFile, 'utf8').replace(/"hash":"[0-9a-f]/, '"hash":"x'));
      expect(cli(['audit', 'verify', '--checkpoint', checkpointFile], env)).toMatchObject({
        status: 1,
        stderr: expect.stringContaining('is not the --json output of `linkcy audit verify` (or it was changed).'),
      });
      fs.rmSync(checkpointFile);
      const rotated = cli(['keys', 'rotate'], env);
      expect(rotated.stderr).toBe('');
      expect(rotated.stdout).toBe('Master key version 2 is current; 5 data key(s) re-wrapped under it.\n');

      // After the rotation, the server reads the cards encrypted before it (with a new credential: the first was revoked).
      const second = JSON.parse(cli(['credentials', 'create', '--organization', 'Acme Fintech', '--json'], env).stdout);
      const restarted = await startServer(env);
      const reread = await fetch(`${restarted.base}/cards/details/${entityId}`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${second.clientId}:${second.clientSecret}`).toString('base64')}` },
      });
      expect((await reread.json()).data.attributes.pan).toBe(pan);
      expect(await restarted.stop()).toBe(0);

      const verified = cli(['ledger', 'verify'], env);
      expect(verified.stdout).toContain('Ledger verified: 14 invariants hold.');
      expect(verified.status).toBe(0);
      if (env.DATABASE_URL) {
        // Tampering with a stored balance is caught, and the command fails.
        spawnSync('psql', [env.DATABASE_URL, '-qc', 'UPDATE bank_accounts SET posted_balance = posted_balance + 1']);
        const tampered = cli(['ledger', 'verify', '--json'], env);
        expect(tampered.status).toBe(1);
        const report = JSON.parse(tampered.stdout);
        expect(report.ok).toBe(false);
        expect(report.checks.filter((c: { violations: unknown[] }) => c.violations.length > 0).map((c: { name: string }) => c.name)).toEqual([
          'balances_match_postings',
          'versions_match_accounts',
        ]);
      }
    }, 180_000);
  });
}
