import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { describeDatabase, openDatabase } from './db/open.js';
import { randomBytes } from 'node:crypto';
import { appendAudit, verifyAuditLog } from './modules/audit/service.js';
import { addMember } from './modules/members/service.js';
import { AppError } from './errors/app-error.js';
import { verifyLedger } from './modules/ledger/verify.js';
import { addMasterKeyVersion, loadMasterKeyring } from './vault/master-keys.js';
import { rewrapDataKeys, Vault } from './vault/vault.js';
import { createCredential, isScope, knownScopes, listCredentials, revokeCredential } from './modules/organizations/service.js';

/**
 * The operator's command line: `npm run --silent linkcy -- <command>`. It opens the same database as the
 * server (the embedded one only while the server is stopped; PostgreSQL at any time).
 */
const usage = `Usage: npm run --silent linkcy -- <command>

Commands:
  credentials create --organization NAME [--label TEXT] [--scopes a,b] [--json]
      Creates the organization if it is new and a CLIENT_ID/CLIENT_SECRET for it.
      The secret is shown once. Scopes: ${knownScopes.join(', ')} (sandbox default: all).
  credentials list [--organization NAME] [--json]
  credentials revoke CLIENT_ID
  members add --organization NAME --email EMAIL [--password-stdin]
      Adds a dashboard member to an organization. Without --password-stdin a strong password is
      generated and printed once.
  ledger verify [--json]
      Checks every ledger invariant; exits 1 if any is violated.
  audit verify
      Checks the audit log's hash chain; exits 1 if an entry was altered, removed or reordered.
  keys rotate
      Introduces a new master key version (sandbox keyring file; with LINKCY_MASTER_KEY, put the new
      key first in it) and re-wraps every card-data key under it. Existing cards keep working.
  migrate
      Applies pending database migrations (the server also does this at start).
`;

class UsageError extends Error {}

/** Who acts when an operator uses the CLI. */
const cliAudit = { actor: `cli:${process.env.USER ?? 'operator'}`, outcome: 'success', origin: 'command line' };
/** The command was well formed but could not be carried out; its message says why. */
class CommandFailed extends Error {}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

async function withDatabase<T>(config: Config, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

function parseScopes(value: string | undefined, config: Config): string[] {
  if (value === undefined) return config.mode === 'sandbox' ? [...knownScopes] : [];
  const scopes = value
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new UsageError(`Unknown scope(s): ${unknown.join(', ')}. Known: ${knownScopes.join(', ')}.`);
  return [...new Set(scopes)];
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      organization: { type: 'string' },
      label: { type: 'string' },
      scopes: { type: 'string' },
      json: { type: 'boolean', default: false },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [group, action, ...rest] = positionals;
  if (values.help || !group) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const print = (human: string, json: unknown) => process.stdout.write(values.json ? `${JSON.stringify(json)}\n` : `${human}\n`);

  if (group === 'migrate' && !action) {
    await withDatabase(config, async () => {});
    process.stdout.write(`Migrations applied to ${describeDatabase(config)}.\n`);
    return 0;
  }
  if (group === 'credentials' && action === 'create') {
    const organizationName = values.organization?.trim();
    if (!organizationName) throw new UsageError('credentials create needs --organization NAME.');
    const scopes = parseScopes(values.scopes, config);
    const issued = await withDatabase(config, ({ db }) =>
      db.transaction(async (tx) => {
        const credential = await createCredential(tx, { organizationName, scopes, ...(values.label ? { label: values.label } : {}) });
        await appendAudit(tx, { ...cliAudit, organizationId: credential.organizationId, action: 'credential.create', resource: credential.clientId });
        return credential;
      }),
    );
    print(
      [
        `Organization:  ${issued.organizationName} (${issued.organizationId})`,
        `CLIENT_ID:     ${issued.clientId}`,
        `CLIENT_SECRET: ${issued.clientSecret}`,
        `Scopes:        ${issued.scopes.join(', ') || '(none)'}`,
        '',
        'The secret is shown only now; store it safely. Use them as HTTP Basic credentials:',
        `  curl -u ${issued.clientId}:CLIENT_SECRET http://localhost:${config.port}/entities/`,
      ].join('\n'),
      { organizationId: issued.organizationId, clientId: issued.clientId, clientSecret: issued.clientSecret, scopes: issued.scopes },
    );
    return 0;
  }
  if (group === 'credentials' && action === 'list') {
    const rows = await withDatabase(config, ({ db }) => listCredentials(db, { organizationName: values.organization }));
    const human =
      rows.length === 0
        ? 'No credentials.'
        : rows
            .map(
              (row) =>
                `${row.clientId}  ${row.organizationName}  ${row.revokedAt ? 'revoked' : 'active'}  ` +
                `created ${row.createdAt.toISOString()}  last used ${row.lastUsedAt?.toISOString() ?? 'never'}` +
                `${row.label ? `  "${row.label}"` : ''}`,
            )
            .join('\n');
    print(human, rows);
    return 0;
  }
  if (group === 'credentials' && action === 'revoke') {
    const clientId = rest[0];
    if (!clientId) throw new UsageError('credentials revoke needs a CLIENT_ID.');
    const revoked = await withDatabase(config, ({ db }) =>
      db.transaction(async (tx) => {
        const done = await revokeCredential(tx, clientId);
        if (done) await appendAudit(tx, { ...cliAudit, organizationId: null, action: 'credential.revoke', resource: clientId });
        return done;
      }),
    );
    if (!revoked) {
      process.stderr.write(`linkcy: no active credential ${clientId}.\n`);
      return 1;
    }
    print(`Revoked ${clientId}. Requests with it are refused from now on.`, { clientId, revoked: true });
    return 0;
  }
  if (group === 'ledger' && action === 'verify') {
    const results = await withDatabase(config, ({ db }) => verifyLedger(db));
    const failed = results.filter((result) => result.violations.length > 0);
    const human = [
      ...results.map((result) => {
        const mark = result.violations.length === 0 ? 'ok  ' : 'FAIL';
        const examples = result.violations
          .slice(0, 5)
          .map((violation) => `\n        ${violation.subject}: ${violation.detail}`)
          .join('');
        return `${mark} ${result.name}: ${result.description}${result.violations.length ? ` (${result.violations.length} violations)` : ''}${examples}`;
      }),
      failed.length === 0
        ? `Ledger verified: ${results.length} invariants hold.`
        : `Ledger INVALID: ${failed.length} of ${results.length} invariants violated.`,
    ].join('\n');
    print(human, { ok: failed.length === 0, checks: results });
    return failed.length === 0 ? 0 : 1;
  }
  if (group === 'members' && action === 'add') {
    const organizationName = values.organization?.trim();
    if (!organizationName || !values.email) throw new UsageError('members add needs --organization NAME and --email EMAIL.');
    const generated = !values['password-stdin'];
    const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
    try {
      const member = await withDatabase(config, ({ db }) => addMember(db, { organizationName, email: values.email!, password }));
      print(
        [`Added ${member.email} to ${organizationName} (${member.id}).`, ...(generated ? [`Password (shown once): ${password}`] : [])].join('\n'),
        { memberId: member.id, email: member.email, ...(generated ? { password } : {}) },
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CommandFailed(error.details[0]!.detail);
      throw error;
    }
  }
  if (group === 'audit' && action === 'verify') {
    const result = await withDatabase(config, ({ db }) => verifyAuditLog(db));
    if (result.brokenAt) {
      print(`Audit log INVALID at entry ${result.brokenAt.id}: ${result.brokenAt.reason} (${result.entries} entries verified before it).`, {
        ok: false,
        ...result,
      });
      return 1;
    }
    print(`Audit log verified: ${result.entries} entries, chain intact.`, { ok: true, ...result });
    return 0;
  }
  if (group === 'keys' && action === 'rotate') {
    const warn = (message: string) => process.stderr.write(`linkcy: ${message}\n`);
    let keyring = loadMasterKeyring(config, warn);
    const rewrapped = await withDatabase(config, async ({ db }) => {
      // Make sure the data keys exist (and unwrap) before rotating the key that wraps them.
      await Vault.load(db, keyring);
      if (keyring.source.kind === 'file') keyring = addMasterKeyVersion(keyring);
      const count = await rewrapDataKeys(db, keyring);
      await Vault.load(db, keyring);
      return count;
    });
    print(`Master key version ${keyring.current} is current; ${rewrapped} data key(s) re-wrapped under it.`, {
      masterKeyVersion: keyring.current,
      rewrapped,
    });
    return 0;
  }
  throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`linkcy: ${(error as Error).message}\n\n${usage}`);
      process.exit(2);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`linkcy: ${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof CommandFailed) {
      process.stderr.write(`linkcy: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`linkcy: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
