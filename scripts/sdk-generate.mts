// `npm run sdk:generate`: writes sdk/src/schema.ts from the document a sandbox server serves.
import fs from 'node:fs';
import { renderSdkSchema } from './sdk-schema.mjs';
import { servedDocument } from './served-document.mjs';

fs.writeFileSync('sdk/src/schema.ts', await renderSdkSchema(await servedDocument()));
console.log('wrote sdk/src/schema.ts');
