// The OpenAPI document a sandbox server serves at /openapi.json, built from the route schemas of an app
// on a throwaway embedded database: what `npm run openapi` writes and `npm run sdk:generate` renders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openEmbedded } from '../src/db/embedded.js';

export async function servedDocument(): Promise<unknown> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-openapi-'));
  try {
    const database = await openEmbedded(dataDir);
    const app = await buildApp({ config: loadConfig({ LINKCY_DATA_DIR: dataDir, LINKCY_LOG_LEVEL: 'silent' }), database });
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    await app.close();
    await database.close();
    if (response.statusCode !== 200) throw new Error(`/openapi.json answered ${response.statusCode}`);
    return JSON.parse(response.body);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
