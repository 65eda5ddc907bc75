// Run in a child process by the global setup: creates a migrated PGlite cluster and dumps it to a
// file, so that every test file can load a copy in well under a second instead of running initdb.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../../src/db/database.js';

const out = process.argv[2];
if (!out) throw new Error('usage: make-pglite-template <out-file>');
const client = await PGlite.create();
const database = await openPglite(client);
const dump = await client.dumpDataDir('none');
fs.writeFileSync(`${out}.tmp`, Buffer.from(await dump.arrayBuffer()));
fs.renameSync(`${out}.tmp`, out);
await database.close();
