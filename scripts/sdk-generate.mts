// `npm run sdk:generate`: writes sdk/src/schema.ts from the document a sandbox server serves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openEmbedded } from '../src/db/embedded.js';
import { renderSdkSchema } from './sdk-schema.mjs';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-sdk-'));
try {
  const database = await openEmbedded(dataDir);
  const app = await buildApp({ config: loadConfig({ LINKCY_DATA_DIR: dataDir, LINKCY_LOG_LEVEL: 'silent' }), database });
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  await app.close();
  await database.close();
  if (response.statusCode !== 200) throw new Error(`/openapi.json answered ${response.statusCode}`);
  fs.writeFileSync('sdk/src/schema.ts', await renderSdkSchema(JSON.parse(response.body)));
  console.log('wrote sdk/src/schema.ts');
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
