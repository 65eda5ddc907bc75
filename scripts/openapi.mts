// `npm run openapi -- FILE`: writes the OpenAPI document the server serves at /openapi.json, so that
// tools (redocly lint, SDK generators) read exactly what clients get.
import fs from 'node:fs';
import { servedDocument } from './served-document.mjs';

const out = process.argv[2] ?? 'openapi.json';
fs.writeFileSync(out, JSON.stringify(await servedDocument(), null, 2));
console.log(`wrote ${out}`);
