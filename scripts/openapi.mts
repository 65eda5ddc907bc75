// `npm run openapi -- FILE`: writes the OpenAPI document the server serves at /openapi.json, built from
// the route schemas of a sandbox app on a throwaway embedded database, so that tools (redocly lint, SDK
// generators) read exactly what clients get.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openEmbedded } from '../src/db/embedded.js';

const out = process.argv[2] ?? 'openapi.json';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-openapi-'));
try {
  const database = await openEmbedded(dataDir);
  const app = await buildApp({ config: loadConfig({ LINKCY_DATA_DIR: dataDir, LINKCY_LOG_LEVEL: 'silent' }), database });
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  await app.close();
  await database.close();
  if (response.statusCode !== 200) throw new Error(`/openapi.json answered ${response.statusCode}`);
  fs.writeFileSync(out, JSON.stringify(JSON.parse(response.body), null, 2));
  console.log(`wrote ${out}`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
