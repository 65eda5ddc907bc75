// Runs in a short-lived child process (see initializeInChild): creates a PGlite cluster at the given
// path, applies the migrations, closes it cleanly and only then writes the marker that says the
// directory is complete. Killed at any point before, it leaves a directory without the marker.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from './database.js';

const [pgdata, marker] = process.argv.slice(2);
if (!pgdata || !marker) throw new Error('usage: embedded-init <pgdata> <marker>');
// The server that forked this process died (kill -9): stop too, leaving the unmarked directory behind.
process.on('disconnect', () => process.exit(1));
const client = await PGlite.create(pgdata);
const database = await openPglite(client);
await database.close();
fs.writeFileSync(path.join(pgdata, marker), 'initialized by Linkcy\n');
// The disconnect listener keeps the IPC channel referenced: leave explicitly.
process.exit(0);
