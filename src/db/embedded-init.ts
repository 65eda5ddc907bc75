// Runs in a short-lived child process (see initializeInChild): creates a PGlite cluster at the given
// path, applies the migrations and exits, taking the memory initdb used with it.
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from './database.js';

const pgdata = process.argv[2];
if (!pgdata) throw new Error('usage: embedded-init <pgdata>');
const client = await PGlite.create(pgdata);
const database = await openPglite(client);
await database.close();
