#!/usr/bin/env node
import { execute, type Actor } from './commands/execute.js';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from './version.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { restoreBackup, writeBackup } from './db/backup.js';
import type { Database } from './db/database.js';
import { Clocks } from './modules/clock/service.js';
import { databaseProblem, DatabaseUnavailable, describeDatabase, openDatabase } from './db/open.js';
import { AppError } from './errors/app-error.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { appendAudit, checkpointOf, verifyAuditLog, type ChainHead } from './modules/audit/service.js';
import { verifyLedger } from './invariants/verify.js';
import { BankFileRefused, exportedDocument, exportExists, exportPendingTransfers, listExports } from './modules/transfers/bank-files.js';
import { importBankMessage } from './modules/transfers/bank-import.js';
import { supportedMessages } from './modules/transfers/bank-messages.js';
import { decimalAmount, sepaPartyName } from './domain/sepa.js';
import { addMember } from './modules/members/service.js';
import { isRole } from './modules/members/roles.js';
import {
  createCredential,
  isScope,
  knownScopes,
  listCredentials,
  organizationsNamedAlike,
  revokeCredential,
  type OrganizationRef,
} from './modules/organizations/service.js';
import { vaultKeys } from './vault/schema.js';
import { addMasterKeyVersion, describeKeyringSource, loadMasterKeyring } from './vault/master-keys.js';
import { rewrapDataKeys, Vault } from './vault/vault.js';
import { ApiCallFailed, apiTarget, type ApiTarget } from './developer/api.js';
import { listen } from './developer/listen.js';
import { triggerRecipes, untriggerable } from './developer/trigger.js';
import { generateSecret } from './modules/webhooks/service.js';

/**
 * The operator's command line: `npx linkcy <command>` (the package's `bin`), or `npm run --silent
 * linkcy -- <command>` from a checkout. It opens the same database as the server (the embedded one only
 * while the server is stopped; PostgreSQL at any time). Output is text for people, or one JSON document
 * with `--json`; messages and warnings go to stderr. Exit codes: see `exitCodes` (docs/operations.md).
 */

/** The command was well formed but could not be carried out; its message says why (exit 1, as for an AppError). */
class CommandFailed extends Error {}
/** The command line itself is wrong (exit 2); the command's help follows the message. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

type Values = Record<string, string | boolean | undefined>;

interface Io {
  config: () => Config;
  json: boolean;
  /** Prints the result: `human` for people, `data` as JSON with --json. */
  print: (human: string, data: unknown) => void;
  warn: (message: string) => void;
}

interface Command {
  name: string;
  /** Positional arguments, as shown in the usage line. */
  args?: string;
  summary: string;
  details?: string;
  options: NonNullable<ParseArgsConfig['options']>;
  optionHelp: [string, string][];
  run: (values: Values, positionals: string[], io: Io) => Promise<number>;
}

/** Options every command takes: --json (the result as one JSON document) and --help. */
const commonOptions = { json: { type: 'boolean' as const, default: false }, help: { type: 'boolean' as const, short: 'h' } };
const jsonHelp: [string, string] = ['--json', 'print the result as one JSON document'];
const organizationOptions = { organization: { type: 'string' as const }, 'organization-id': { type: 'string' as const } };
const cliAudit = { actor: `cli:${process.env.USER ?? 'operator'}`, outcome: 'success', origin: 'command line' };
/** The operator at the command line, as the executor sees them (commands/execute.ts). */
const operator = (organizationId: string | null = null): Actor => ({ organizationId, id: cliAudit.actor, origin: cliAudit.origin });
/** The operator acts in real time; what a command does to an organization reads its clock where it matters (bank files). */
const operatorNow = () => new Date();

/** Writes a file and flushes it to the disk before returning (the caller commits only after that). */
async function writeFlushed(file: string, text: string | AsyncIterable<string>) {
  const handle = await fs.open(file, 'wx');
  try {
    if (typeof text === 'string') await handle.writeFile(text);
    else {
      // A payroll's file, written in pieces of about 1 MB as they are made.
      let pending: string[] = [];
      let size = 0;
      for await (const piece of text) {
        pending.push(piece);
        size += piece.length;
        if (size >= 1 << 20) {
          await handle.write(pending.join(''));
          pending = [];
          size = 0;
        }
      }
      await handle.write(pending.join(''));
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** A rename is durable once its directory is flushed. */
async function syncDirectory(directory: string) {
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `text` to `file` through `partial` (flushed, then renamed): never a half-written FILE. */
async function writeFileSafely(file: string, partial: string, text: string) {
  await writeFlushed(partial, text);
  await fs.rename(partial, file);
  await syncDirectory(path.dirname(file));
}

/** Files `FILE.<message id>.partial` beside FILE: what earlier exports to FILE left on disk. */
async function leftoverPartials(file: string): Promise<{ path: string; messageId: string }[]> {
  const prefix = `${path.basename(file)}.`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.partial'))
    .map((name) => ({ path: path.join(path.dirname(file), name), messageId: name.slice(prefix.length, -'.partial'.length) }))
    .filter(({ messageId }) => /^pain-[0-9A-Z]{26}$/.test(messageId));
}

/** A bank file to import, opened each time it is read (it is read twice: validated, then applied). */
async function bankFileSource(file: string): Promise<() => AsyncIterable<Buffer>> {
  try {
    await (await fs.open(file, 'r')).close();
  } catch (error) {
    throw new CommandFailed(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return () => createReadStream(file, { highWaterMark: 256 * 1024 });
}

async function withDatabase<T>(config: Config, run: (database: Database) => Promise<T>): Promise<T> {
  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    // The CLI does not wait for a database: it says in one line why it cannot reach it.
    const problem = databaseProblem(error);
    if (problem) throw new DatabaseUnavailable(`${describeDatabase(config)}: ${problem.reason}`);
    throw error;
  }
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

/** --organization NAME or --organization-id ID, exactly one (or none when `optional`). */
function organizationRef(values: Values, command: Command, optional = false): OrganizationRef | undefined {
  const name = typeof values.organization === 'string' ? values.organization.trim() : undefined;
  const id = typeof values['organization-id'] === 'string' ? values['organization-id'].trim() : undefined;
  if (name !== undefined && id !== undefined) throw new UsageError('Give --organization or --organization-id, not both.', command);
  if (id) return { organizationId: id };
  if (name) return { organizationName: name };
  if (name === '' || id === '') throw new UsageError('The organization is empty.', command);
  if (optional) return undefined;
  throw new UsageError(`${command.name} needs --organization NAME or --organization-id ID.`, command);
}

const commands: Command[] = [
  {
    name: 'credentials create',
    summary: 'Creates a CLIENT_ID/CLIENT_SECRET for an organization (the secret is shown once).',
    details:
      'With --organization NAME, an organization of that exact name is used, or created (with a warning) when\n' +
      'there is none; a name that differs from an existing one only in case or spacing is refused.',
    options: { ...organizationOptions, label: { type: 'string' }, scopes: { type: 'string' } },
    optionHelp: [
      ['--organization NAME', 'the organization, by its exact name (created if new)'],
      ['--organization-id ID', 'the organization, by id (never created)'],
      ['--label TEXT', 'what the credential is for'],
      ['--scopes a,b', `extra scopes: ${knownScopes.join(', ')} (sandbox default: all; live: none)`],
    ],
    async run(values, _positionals, io) {
      const ref = organizationRef(values, this)!;
      const config = io.config();
      const scopes = parseScopes(values.scopes as string | undefined, config);
      const issued = await withDatabase(config, async ({ db }) => {
        if ('organizationName' in ref) {
          // Names equal but for case or spacing (the exact one included): refused unless it is there.
          const alike = await organizationsNamedAlike(db, ref.organizationName);
          if (alike.length > 0 && !alike.some((organization) => organization.name === ref.organizationName)) {
            throw new CommandFailed(
              `No organization is named "${ref.organizationName}", but ${alike.map((o) => `"${o.name}" (${o.id})`).join(', ')} ` +
                'differs only in case or spacing. Use --organization-id, or the exact name.',
            );
          }
        }
        return execute(
          db,
          operator(),
          async ({ tx }) => {
            const credential = await createCredential(tx, { ...ref, scopes, ...(values.label ? { label: values.label as string } : {}) });
            await appendAudit(tx, {
              ...cliAudit,
              organizationId: credential.organizationId,
              action: 'credential.create',
              resource: credential.clientId,
            });
            return credential;
          },
          operatorNow(),
        );
      });
      if (issued.organizationCreated) io.warn(`created a new organization "${issued.organizationName}" (${issued.organizationId}).`);
      io.print(
        [
          `Organization:  ${issued.organizationName} (${issued.organizationId})`,
          `CLIENT_ID:     ${issued.clientId}`,
          `CLIENT_SECRET: ${issued.clientSecret}`,
          `Scopes:        ${issued.scopes.join(', ') || '(none)'}`,
          '',
          'The secret is shown only now; store it safely. Use them as HTTP Basic credentials:',
          `  curl -u ${issued.clientId}:CLIENT_SECRET http://localhost:${config.port}/entities/`,
        ].join('\n'),
        {
          organizationId: issued.organizationId,
          organizationCreated: issued.organizationCreated,
          clientId: issued.clientId,
          clientSecret: issued.clientSecret,
          scopes: issued.scopes,
        },
      );
      return exitCodes.ok;
    },
  },
  {
    name: 'credentials list',
    summary: 'Lists credentials (never their secrets).',
    options: { ...organizationOptions },
    optionHelp: [
      ['--organization NAME', 'only this organization'],
      ['--organization-id ID', 'only this organization'],
    ],
    async run(values, _positionals, io) {
      const ref = organizationRef(values, this, true);
      const rows = await withDatabase(io.config(), ({ db }) => listCredentials(db, ref ?? {}));
      const human =
        rows.length === 0
          ? 'No credentials.'
          : rows
              .map(
                (row) =>
                  `${row.clientId}  ${row.organizationName} (${row.organizationId})  ${row.revokedAt ? 'revoked' : 'active'}  ` +
                  `created ${row.createdAt.toISOString()}  last used ${row.lastUsedAt?.toISOString() ?? 'never'}` +
                  `${row.label ? `  "${row.label}"` : ''}`,
              )
              .join('\n');
      io.print(human, rows);
      return exitCodes.ok;
    },
  },
  {
    name: 'credentials revoke',
    args: 'CLIENT_ID',
    summary: 'Revokes a credential; every server refuses it at once.',
    options: {},
    optionHelp: [],
    async run(_values, positionals, io) {
      const clientId = positionals[0];
      if (!clientId || positionals.length > 1) throw new UsageError('credentials revoke needs one CLIENT_ID.', this);
      const revoked = await withDatabase(io.config(), ({ db }) =>
        execute(
          db,
          operator(),
          async ({ tx }) => {
            const done = await revokeCredential(tx, clientId);
            if (done) await appendAudit(tx, { ...cliAudit, organizationId: null, action: 'credential.revoke', resource: clientId });
            return done;
          },
          operatorNow(),
        ),
      );
      if (!revoked) throw new CommandFailed(`no active credential ${clientId}.`);
      io.print(`Revoked ${clientId}. Requests with it are refused from now on.`, { clientId, revoked: true });
      return exitCodes.ok;
    },
  },
  {
    name: 'members add',
    summary: 'Adds a dashboard member to an existing organization.',
    details: 'Without --password-stdin a strong password is generated and printed once.',
    options: {
      ...organizationOptions,
      email: { type: 'string' },
      role: { type: 'string', default: 'owner' },
      'password-stdin': { type: 'boolean', default: false },
    },
    optionHelp: [
      ['--organization NAME', 'the organization, by its exact name'],
      ['--organization-id ID', 'the organization, by id'],
      ['--email EMAIL', 'the member’s sign-in address'],
      ['--role ROLE', 'owner (default), admin, developer or viewer'],
      ['--password-stdin', 'read the password from standard input'],
    ],
    async run(values, _positionals, io) {
      const ref = organizationRef(values, this)!;
      if (typeof values.email !== 'string' || !values.email) throw new UsageError('members add needs --email EMAIL.', this);
      const role = String(values.role);
      if (!isRole(role)) throw new UsageError(`--role must be owner, admin, developer or viewer, not "${role}".`, this);
      const generated = !values['password-stdin'];
      const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
      const member = await withDatabase(io.config(), ({ db }) => addMember(db, { ...ref, email: values.email as string, password, role }));
      io.print([`Added ${member.email} (${member.id}).`, ...(generated ? [`Password (shown once): ${password}`] : [])].join('\n'), {
        memberId: member.id,
        email: member.email,
        role: member.role,
        organizationId: member.organizationId,
        ...(generated ? { password } : {}),
      });
      return exitCodes.ok;
    },
  },
  {
    name: 'ledger verify',
    summary: 'Checks every ledger invariant; exits 1 if any is violated.',
    options: {},
    optionHelp: [],
    async run(_values, _positionals, io) {
      const results = await withDatabase(io.config(), ({ db }) => verifyLedger(db));
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
      io.print(human, { ok: failed.length === 0, checks: results });
      return failed.length === 0 ? exitCodes.ok : exitCodes.failed;
    },
  },
  {
    name: 'audit verify',
    summary: 'Checks the audit log’s hash chains and their heads; exits 1 if an entry was altered, removed or reordered.',
    details:
      'Every chain is recomputed from its first entry and checked against its head (its last entry and its count),\n' +
      'so entries removed from the end of a chain, or a whole chain, are found too. It prints a checkpoint: keep\n' +
      'the `--json` output somewhere else (another machine, a ticket); `--checkpoint FILE` later checks that every\n' +
      'entry it names is still there, unchanged, even if the heads themselves were rewritten.',
    options: { checkpoint: { type: 'string' } },
    optionHelp: [['--checkpoint FILE', 'the `--json` output of an earlier `audit verify`, kept elsewhere']],
    async run(values, _positionals, io) {
      let earlier: ChainHead[] = [];
      if (typeof values.checkpoint === 'string') {
        const text = await fs.readFile(path.resolve(values.checkpoint), 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new CommandFailed(`cannot read ${values.checkpoint}: ${error.code ?? error.message}.`);
        });
        const saved = (() => {
          try {
            return JSON.parse(text) as { heads?: unknown; checkpoint?: unknown };
          } catch {
            return undefined;
          }
        })();
        const heads = saved?.heads;
        const valid =
          Array.isArray(heads) &&
          heads.every(
            (head: Partial<ChainHead>) => typeof head.chain === 'string' && Number.isSafeInteger(head.lastId) && typeof head.hash === 'string',
          ) &&
          saved?.checkpoint === checkpointOf(heads as ChainHead[]);
        if (!valid) throw new CommandFailed(`${values.checkpoint} is not the --json output of \`linkcy audit verify\` (or it was changed).`);
        earlier = heads as ChainHead[];
      }
      const result = await withDatabase(io.config(), ({ db }) => verifyAuditLog(db, earlier));
      if (result.brokenAt) {
        const where = 'id' in result.brokenAt ? `at entry ${result.brokenAt.id}` : `in chain ${result.brokenAt.chain}`;
        io.print(`Audit log INVALID ${where}: ${result.brokenAt.reason} (${result.entries} entries verified before it).`, { ok: false, ...result });
        return exitCodes.failed;
      }
      io.print(
        `Audit log verified: ${result.entries} entries in ${result.chains} chain(s), each ending at its head` +
          `${earlier.length > 0 ? `, extending the checkpoint ${values.checkpoint}` : ''}.\nCheckpoint: ${result.checkpoint}`,
        { ok: true, ...result },
      );
      return exitCodes.ok;
    },
  },
  {
    name: 'sepa export',
    summary: 'Writes every pending SEPA credit transfer into one pain.001.001.09 file for the partner bank.',
    details:
      'The file follows the EPC SCT customer-to-bank guidelines (2023) and validates against its schema. It is\n' +
      'written and flushed beside FILE (FILE.<message id>.partial) before the transfers become `submitted`, and\n' +
      'renamed to FILE once the database has committed; every export is kept (`linkcy sepa exports`), and\n' +
      '`--again MSGID` writes one again, byte for byte, if the file was lost. A transfer that cannot be written\n' +
      'stays pending with the reason, and the others go. With nothing pending, no file is written.',
    options: { out: { type: 'string' }, again: { type: 'string' }, 'initiating-party': { type: 'string' } },
    optionHelp: [
      ['--out FILE', 'where to write the pain.001 document'],
      ['--again MSGID', 'write an earlier export again instead of a new one'],
      ['--initiating-party NAME', 'the InitgPty name, when it is not LINKCY_OPERATOR_NAME'],
    ],
    async run(values, _positionals, io) {
      if (typeof values.out !== 'string' || !values.out) throw new UsageError('sepa export needs --out FILE.', this);
      const file = path.resolve(values.out);
      const config = io.config();
      // An earlier export not yet sent to the bank must never be replaced by another.
      if (
        await fs.stat(file).then(
          () => true,
          () => false,
        )
      )
        throw new CommandFailed(`${file} exists (an earlier export, maybe not sent yet); choose another --out.`);
      if (typeof values.again === 'string') {
        const messageId = values.again;
        const document = await withDatabase(config, ({ db }) => exportedDocument(db, messageId));
        if (document === undefined) throw new CommandFailed(`no export has the message id ${messageId} (\`linkcy sepa exports\` lists them).`);
        await writeFileSafely(file, `${file}.${messageId}.partial`, document);
        io.print(`Wrote ${file}: export ${messageId} again, byte for byte. Nothing changed in the database.`, {
          written: true,
          file,
          messageId,
          again: true,
        });
        return exitCodes.ok;
      }
      let initiatingParty: string | undefined;
      if (typeof values['initiating-party'] === 'string') {
        // The bank knows the sender by this name: written in the SEPA character set, at most 70 characters (EPC).
        const named = sepaPartyName(values['initiating-party']);
        if (!named.ok) throw new UsageError('--initiating-party must hold letters or digits the SEPA character set can spell.', this);
        initiatingParty = named.text;
      }
      // A .partial left by an export killed before its commit holds payments that are still pending: sent
      // to the bank, they would be paid twice. It is removed; one whose export committed is kept and named.
      const leftovers = await leftoverPartials(file);
      if (leftovers.length > 0) {
        // Looked up by their own ids: however many exports there are, a committed one is never taken for lost.
        const kept = await withDatabase(config, async ({ db }) => Promise.all(leftovers.map(({ messageId }) => exportExists(db, messageId))));
        for (const [index, { path: leftover, messageId }] of leftovers.entries()) {
          if (kept[index]) {
            io.warn(
              `${leftover} is export ${messageId}, committed but not renamed: rename it to send it, or write it again with --again ${messageId}.`,
            );
          } else {
            await fs.rm(leftover, { force: true });
            io.warn(`removed ${leftover}: an export that never committed (its transfers are still pending and go in this file).`);
          }
        }
      }
      let partial: string | undefined;
      let committed = false;
      let result;
      try {
        result = await withDatabase(config, async ({ db }) => {
          const exported = await execute(
            db,
            operator(),
            ({ tx }) =>
              exportPendingTransfers(tx, {
                sepa: config.sepa,
                initiatingParty,
                clocks: new Clocks(db, config.mode === 'sandbox'),
                write: async (document, { messageId }) => {
                  partial = `${file}.${messageId}.partial`;
                  await writeFlushed(partial, document);
                },
              }),
            operatorNow(),
          );
          committed = true;
          return exported;
        });
      } catch (error) {
        // Only a file whose transfers were not committed is removed: a committed export keeps its file.
        if (partial && !committed) await fs.rm(partial, { force: true });
        throw error;
      }
      const heldLines = (result?.held ?? []).map(({ id, reason }) => `  held back (stays pending): ${id}: ${reason}`);
      if (!result || result.transfers === 0) {
        io.print(['No pending SEPA credit transfers can be sent: no file written.', ...heldLines].join('\n'), {
          written: false,
          transfers: 0,
          held: result?.held ?? [],
        });
        return heldLines.length > 0 ? exitCodes.failed : exitCodes.ok;
      }
      await fs.rename(partial!, file);
      await syncDirectory(path.dirname(file));
      io.print(
        [
          `Wrote ${file}: message ${result.messageId}, ${result.transfers} transfer(s), control sum ${decimalAmount(result.controlSum)} EUR. They are now submitted.`,
          ...heldLines,
        ].join('\n'),
        { written: true, file, ...result },
      );
      return exitCodes.ok;
    },
  },
  {
    name: 'sepa exports',
    summary: 'Lists the pain.001 files exported, newest first (any of them can be written again).',
    options: { limit: { type: 'string' } },
    optionHelp: [['--limit N', 'how many (default 100)']],
    async run(values, _positionals, io) {
      const limit = values.limit === undefined ? 100 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be a whole number from 1 to 10000.', this);
      const rows = await withDatabase(io.config(), ({ db }) => listExports(db, limit));
      io.print(
        rows.length === 0
          ? 'No exports yet.'
          : rows
              .map((row) => `${row.messageId}  ${row.createdAt.toISOString()}  ${row.transfers} transfer(s)  ${decimalAmount(row.controlSum)} EUR`)
              .join('\n'),
        rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      );
      return exitCodes.ok;
    },
  },
  {
    name: 'sepa import',
    args: 'FILE',
    summary: 'Applies what the partner bank sends: camt.053/.054 (statements, notifications), camt.052, pain.002.',
    details:
      `Reads ${supportedMessages.join(', ')}, recognised by their namespace.\n` +
      "Statements and notifications: each booked entry is applied once across files (by the bank's reference), so a\n" +
      're-delivered or overlapping statement changes nothing; credits go to the account named (else to suspense),\n' +
      'debits settle the exported payments they name, returns and reversals give the money back. Status reports\n' +
      '(pain.002) reject or settle the payments they name. An intraday report (camt.052) is read for information.\n' +
      'Only statements of accounts the operator holds are read (LINKCY_SETTLEMENT_IBAN, or a Linkcy IBAN when hosted).\n' +
      'Exit 1: the file cannot be used (the reason is printed) and nothing was applied.',
    options: { 'organization-id': { type: 'string' } },
    optionHelp: [['--organization-id ID', 'whose suspense account takes credits nobody else can hold']],
    async run(values, positionals, io) {
      const file = positionals[0];
      if (!file || positionals.length > 1) throw new UsageError('sepa import needs one FILE.', this);
      const suspenseOrganizationId = typeof values['organization-id'] === 'string' ? values['organization-id'] : undefined;
      const config = io.config();
      const source = await bankFileSource(path.resolve(file));
      try {
        const summary = await withDatabase(config, ({ db }) =>
          execute(
            db,
            operator(),
            ({ tx }) =>
              importBankMessage(tx, source, {
                accounts: { settlementIban: config.sepa.settlement?.iban ?? null, hosted: config.sepa.debtor === 'hosted' },
                suspenseOrganizationId,
                clocks: new Clocks(db, config.mode === 'sandbox'),
              }),
            operatorNow(),
          ),
        );
        const human = summary.alreadyImported
          ? `${summary.message} ${summary.messageId} was imported before: nothing changed.`
          : [
              `Imported ${summary.message} ${summary.messageId}: ${summary.applied} applied (${summary.credited} credited, ${summary.settled} settled, ` +
                `${summary.returned} returned, ${summary.rejected} rejected, ${summary.reversed} reversed), ${summary.alreadyApplied} already applied, ` +
                `${summary.suspense.length} to suspense, ${summary.unmatched.length} unmatched, ${summary.notBooked} not booked, ${summary.ignored} ignored.`,
              ...summary.suspense.map((line) => `  suspense: ${line}`),
              ...summary.unmatched.map((line) => `  unmatched: ${line}`),
            ].join('\n');
        io.print(human, summary);
        return exitCodes.ok;
      } catch (error) {
        if (error instanceof BankFileRefused) throw new CommandFailed(error.message);
        throw error;
      }
    },
  },
  {
    name: 'keys rotate',
    summary: 'Makes a new master key version current and re-wraps every card-data key under it.',
    details:
      'Sandbox without LINKCY_MASTER_KEY: a new version is added to the sandbox keyring in the database.\n' +
      'With LINKCY_MASTER_KEY (or LINKCY_MASTER_KEY_FILE): put the new key first (`2:<new>,1:<old>`), run this,\n' +
      'then every server may drop the old version. Existing cards keep working throughout.',
    options: {},
    optionHelp: [],
    async run(_values, _positionals, io) {
      const config = io.config();
      const { keyring, rewrapped } = await withDatabase(config, async ({ db }) => {
        let keyring = await loadMasterKeyring(config.masterKeyring, { mode: config.mode, dataDir: config.dataDir, db, warn: io.warn });
        // The data keys must open with the keyring as it is before it changes.
        await Vault.load(db, keyring);
        if (keyring.source.kind === 'sandbox-database') keyring = await addMasterKeyVersion(db, keyring);
        const count = await rewrapDataKeys(db, keyring);
        await Vault.load(db, keyring);
        return { keyring, rewrapped: count };
      });
      io.print(`Master key version ${keyring.current} is current; ${rewrapped} data key(s) re-wrapped under it.`, {
        masterKeyVersion: keyring.current,
        rewrapped,
      });
      return exitCodes.ok;
    },
  },
  {
    name: 'migrate',
    summary: 'Applies pending database migrations (the server also does this at start).',
    options: {},
    optionHelp: [],
    async run(_values, _positionals, io) {
      const config = io.config();
      await withDatabase(config, async () => {});
      io.print(`Migrations applied to ${describeDatabase(config)}.`, { ok: true, database: describeDatabase(config) });
      return exitCodes.ok;
    },
  },
  {
    name: 'backup',
    summary: 'Writes a consistent snapshot of the embedded database to a file (server stopped).',
    details:
      'The file holds the sandbox keyring when there is one, never LINKCY_MASTER_KEY: keep that key with it.\n' +
      'PostgreSQL is backed up with pg_dump (docs/operations.md).',
    options: { out: { type: 'string' } },
    optionHelp: [['--out FILE', 'where to write the backup (.tar.gz)']],
    async run(values, _positionals, io) {
      if (typeof values.out !== 'string' || !values.out) throw new UsageError('backup needs --out FILE.', this);
      const file = path.resolve(values.out);
      const config = io.config();
      if (config.databaseUrl)
        throw new ConfigError('`linkcy backup` copies the embedded database; back up PostgreSQL with pg_dump (see docs/operations.md).');
      const { bytes, masterKeyVersions } = await withDatabase(config, async (database) => {
        const versions = await database.db.selectDistinct({ version: vaultKeys.masterKeyVersion }).from(vaultKeys);
        return { bytes: await writeBackup(database, file), masterKeyVersions: versions.map((row) => row.version).sort() };
      });
      const keys = config.masterKeyring
        ? `Card data in it needs master key version ${masterKeyVersions.join(', ')} of ${describeKeyringSource(config.masterKeyring.source)}: keep that key with the backup, apart from it.`
        : 'Its sandbox keyring is inside it.';
      io.print(`Backup written to ${file} (${bytes} bytes). ${keys}`, { file, bytes, masterKeyVersions, keyringIncluded: !config.masterKeyring });
      return exitCodes.ok;
    },
  },
  {
    name: 'restore',
    args: 'FILE',
    summary: 'Restores a backup into a new, empty data directory (LINKCY_DATA_DIR).',
    details: 'The restored database is opened and its card-data keys checked against the keyring before it is kept.',
    options: {},
    optionHelp: [],
    async run(_values, positionals, io) {
      const file = positionals[0];
      if (!file || positionals.length > 1) throw new UsageError('restore needs one FILE.', this);
      const config = io.config();
      if (config.databaseUrl)
        throw new ConfigError('`linkcy restore` restores the embedded database; restore PostgreSQL with pg_restore (see docs/operations.md).');
      let checks = 0;
      await restoreBackup(path.resolve(file), config.dataDir, async ({ db }) => {
        const keyring = await loadMasterKeyring(config.masterKeyring, { mode: config.mode, dataDir: config.dataDir, db, warn: io.warn });
        await Vault.load(db, keyring);
        const results = await verifyLedger(db);
        const broken = results.filter((check) => check.violations.length > 0);
        if (broken.length > 0)
          throw new CommandFailed(`the backup's ledger fails ${broken.map((check) => check.name).join(', ')}; nothing restored.`);
        checks = results.length;
      });
      io.print(`Restored ${path.resolve(file)} into ${config.dataDir}; card-data keys open and ${checks} ledger invariants hold.`, {
        ok: true,
        dataDir: config.dataDir,
      });
      return exitCodes.ok;
    },
  },
  // For developers: these two speak to a running server over its API, with CLIENT_ID and CLIENT_SECRET.
  {
    name: 'listen',
    summary: 'Forwards your organization’s events, as they happen, to a local URL, signed like webhooks.',
    details:
      'For building a webhook endpoint: reads CLIENT_ID, CLIENT_SECRET and LINKCY_URL (default\n' +
      'http://127.0.0.1:3000) from the environment, follows the events from now on, and POSTs each to\n' +
      '--forward-to as a webhook message signed (Standard Webhooks) with the secret it prints first. One line\n' +
      'per event (one JSON document each with --json). No retries. Ctrl-C stops it.',
    options: { 'forward-to': { type: 'string' }, secret: { type: 'string' } },
    optionHelp: [
      ['--forward-to URL', 'where each event is POSTed (required): http or https'],
      ['--secret whsec_...', 'sign with this secret instead of a new one'],
    ],
    async run(values, _positionals, io) {
      const forwardTo = values['forward-to'];
      if (typeof forwardTo !== 'string' || !URL.canParse(forwardTo) || !/^https?:$/.test(new URL(forwardTo).protocol)) {
        throw new UsageError('listen needs --forward-to URL, an http or https URL such as http://127.0.0.1:4000/webhooks.', this);
      }
      const secret = typeof values.secret === 'string' ? values.secret : generateSecret();
      if (!/^whsec_[A-Za-z0-9+/]{16,}={0,2}$/.test(secret)) throw new UsageError('--secret must be a whsec_ secret (base64 after the prefix).', this);
      const target = developerTarget();
      const stop = new AbortController();
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
      io.print(`Ready. Forwarding ${target.baseUrl}'s events to ${forwardTo}, signed with ${secret} (Ctrl-C stops).`, {
        ready: true,
        forwardTo,
        secret,
      });
      await listen(target, {
        forwardTo,
        secret,
        signal: stop.signal,
        onForward: ({ event, status, error, durationMs }) =>
          io.print(
            `${new Date().toISOString()}  ${event.type.padEnd(28)} ${event.id}  -> ${status ?? `failed (${error})`} in ${durationMs.toFixed(0)} ms`,
            { event, status, error, durationMs: Math.round(durationMs) },
          ),
      }).catch(developerFailure);
      return exitCodes.ok;
    },
  },
  {
    name: 'trigger',
    args: 'EVENT',
    summary: 'Sandbox: makes what produces EVENT (entity.created, authorization.created, ...) through the API.',
    details:
      'Reads CLIENT_ID, CLIENT_SECRET and LINKCY_URL like `linkcy listen`, and makes what the event needs (a customer,\n' +
      `an account, money, a card...), then the change itself. Events: ${Object.keys(triggerRecipes).join(', ')}.`,
    options: {},
    optionHelp: [],
    async run(_values, positionals, io) {
      const event = positionals[0];
      if (!event || positionals.length > 1) throw new UsageError('trigger needs one EVENT, such as entity.created.', this);
      if (untriggerable[event]) throw new CommandFailed(`${event} cannot be made through the API: ${untriggerable[event]}.`);
      const recipe = triggerRecipes[event];
      if (!recipe) throw new UsageError(`No event type ${event}. Events: ${Object.keys(triggerRecipes).join(', ')}.`, this);
      const made = await recipe(developerTarget()).catch(developerFailure);
      io.print(`Triggered ${event}: made ${made.map((resource) => `${resource.type} ${resource.id}`).join(', ')}.`, {
        event,
        made: made.map(({ type, id }) => ({ type, id })),
      });
      return exitCodes.ok;
    },
  },
  {
    name: 'version',
    summary: 'Prints the version (also --version).',
    options: {},
    optionHelp: [],
    async run(_values, _positionals, io) {
      io.print(`linkcy ${version}`, { version, node: process.version });
      return exitCodes.ok;
    },
  },
];

const groups = [...new Set(commands.map((command) => command.name.split(' ')[0]!))];

function commandUsage(command: Command): string {
  const optionHelp = [...command.optionHelp, jsonHelp];
  return [
    `Usage: linkcy ${command.name}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    command.summary,
    ...(command.details ? ['', command.details] : []),
    '',
    'Options:',
    ...optionHelp.map(([flag, text]) => `  ${flag.padEnd(22)} ${text}`),
    '',
  ].join('\n');
}

function groupUsage(group: string): string {
  const members = commands.filter((command) => command.name.split(' ')[0] === group);
  return [
    `Usage: linkcy ${group} <command>`,
    '',
    'Commands:',
    ...members.map((command) => `  ${command.name.padEnd(20)} ${command.summary}`),
    '',
    `Run \`linkcy ${group} <command> --help\` for a command’s options.`,
    '',
  ].join('\n');
}

const globalUsage = [
  'Usage: linkcy <command> [options]',
  '',
  'Commands:',
  ...commands.map((command) => `  ${`${command.name}${command.args ? ` ${command.args}` : ''}`.padEnd(30)} ${command.summary}`),
  '',
  'Run `linkcy help <command>` or `linkcy <command> --help` for its options. Settings come from the',
  'environment, as for the server (DATABASE_URL, LINKCY_DATA_DIR, LINKCY_MASTER_KEY, ...).',
  '',
  'Exit codes: 0 ok, 1 check failed or command refused, 2 usage or configuration error,',
  '3 database unreachable, 4 data directory in use, 70 internal error.',
  '',
].join('\n');

/** Where the developer commands send their calls; what is missing is a refusal (exit 1), not a stack. */
function developerTarget(): ApiTarget {
  try {
    return apiTarget(process.env);
  } catch (error) {
    return developerFailure(error);
  }
}

function developerFailure(error: unknown): never {
  if (error instanceof ApiCallFailed) throw new CommandFailed(error.message);
  throw error;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

/** Finds the command named by the leading words of argv: `credentials create ...`, `backup ...`. */
function findCommand(words: string[]): { command: Command; rest: string[] } | undefined {
  for (const command of commands) {
    const parts = command.name.split(' ');
    if (parts.every((part, index) => words[index] === part)) return { command, rest: words.slice(parts.length) };
  }
  return undefined;
}

async function run(argv: string[]): Promise<number> {
  const out = (text: string) => process.stdout.write(text);
  if (argv.length === 0) {
    process.stderr.write(globalUsage);
    return exitCodes.usage;
  }
  if (argv[0] === '--version' || argv[0] === '-v') argv = ['version', ...argv.slice(1)];
  if (argv[0] === '--help' || argv[0] === '-h') argv = ['help', ...argv.slice(1)];
  if (argv[0] === 'help') {
    const topic = argv.slice(1);
    const found = findCommand(topic);
    if (topic.length === 0) out(globalUsage);
    else if (found && found.rest.length === 0) out(commandUsage(found.command));
    else if (topic.length === 1 && groups.includes(topic[0]!)) out(groupUsage(topic[0]!));
    else throw new UsageError(`No command ${topic.join(' ')}.`);
    return exitCodes.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    // A group alone, or with --help: its commands.
    if (groups.includes(argv[0]!) && (argv.length === 1 || (argv.length === 2 && ['--help', '-h'].includes(argv[1]!)))) {
      out(groupUsage(argv[0]!));
      return exitCodes.ok;
    }
    throw new UsageError(`Unknown command: ${argv.filter((word) => !word.startsWith('-')).join(' ')}`);
  }
  const { command, rest } = found;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { ...command.options, ...commonOptions } });
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
  if (parsed.values.help) {
    out(commandUsage(command));
    return exitCodes.ok;
  }
  if (!command.args && parsed.positionals.length > 0) throw new UsageError(`Unexpected argument: ${parsed.positionals[0]}`, command);
  const json = parsed.values.json === true;
  const io: Io = {
    config: () => loadConfig(),
    json,
    print: (human, data) => out(json ? `${JSON.stringify(data)}\n` : `${human}\n`),
    warn: (message) => process.stderr.write(`linkcy: warning: ${message}\n`),
  };
  return command.run(parsed.values as Values, parsed.positionals, io);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`linkcy: ${error.message}\n\n${error.command ? commandUsage(error.command) : globalUsage}`);
      process.exit(exitCodes.usage);
    }
    if (error instanceof CommandFailed || error instanceof AppError) {
      process.stderr.write(`linkcy: ${error instanceof AppError ? error.details[0]!.detail : error.message}\n`);
      process.exit(exitCodes.failed);
    }
    const code = exitCodeFor(error);
    const message = error instanceof Error ? (code === exitCodes.internal ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`linkcy: ${message}\n`);
    process.exit(code);
  },
);
